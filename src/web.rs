//! The edges where the quiz meets the page, one topic per file, each small
//! enough to audit for privacy at a glance. Every failure (storage blocked in
//! a third-party frame, a refused history call, no clipboard) is handled
//! here: the quiz then keeps its state in memory, or tells the person what to
//! do instead. Nothing else in the app calls web-sys directly, except the
//! components' own event handlers.

/// The clinic's settings from `clinics.json`.
pub mod clinic;
/// Running inside another page's frame, and the clinic's colours.
pub mod embedding;
/// The address bar and the tab's history, and "Clear my answers".
pub mod history;
/// The page itself: language attributes, focus, notices, the crash screen,
/// the console and scheduling.
pub mod page;
/// Share sheet, clipboard, print and the chart as a file.
pub mod sharing;
/// The tab's session storage: answers kept for a reload, forgotten when idle.
pub mod storage;
