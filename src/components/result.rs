//! The result screen and, in `result/`, its parts: the radar and its table,
//! advice, gut and skin notes, the doctor notice, sharing and the tools.

pub mod all_answers;
pub mod antibiotics_note;
pub mod chart_legend;
pub mod consultation;
pub mod doctor_notice;
pub mod evidence_label;
pub mod focus_areas;
pub mod gut_signals;
pub mod older_version;
pub mod qr_code;
pub mod radar_chart;
pub mod result_tools;
pub mod score_table;
pub mod share_panel;
pub mod skin_signals;
pub mod strengths;

use yew::prelude::*;

use std::rc::Rc;

use self::all_answers::all_answers;
use self::antibiotics_note::antibiotics_note;
use self::chart_legend::chart_legend;
use self::consultation::consultation;
use self::doctor_notice::doctor_notice;
use self::focus_areas::focus_areas;
use self::gut_signals::gut_signals;
use self::older_version::older_version;
use self::radar_chart::radar_chart;
use self::result_tools::result_tools;
use self::score_table::score_table;
use self::share_panel::SharePanel;
use self::skin_signals::skin_signals;
use self::strengths::strengths;
use super::{Language, HEADING_ID};
use crate::advice::summarize;
use crate::config::ClinicConfig;
use crate::scoring::score;
use crate::share_link::Taken;
use crate::web;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub language: Language,
    /// The clinic's settings, for the call to action.
    #[prop_or_default]
    pub clinic: Rc<ClinicConfig>,
    /// The answers shown, with the day they were taken when known.
    pub now: Taken,
    /// Earlier answers to compare with.
    #[prop_or_default]
    pub earlier: Option<Taken>,
    /// Opened from someone's link rather than taken here.
    #[prop_or_default]
    pub shared: bool,
    /// The link to this result, offered for sharing; none on a shared view.
    #[prop_or_default]
    pub share_url: Option<AttrValue>,
    #[prop_or_default]
    pub on_restart: Callback<()>,
    #[prop_or_default]
    pub on_take_quiz: Callback<()>,
    #[prop_or_default]
    pub on_retake: Callback<()>,
    /// Paint the chart first and the rest (its table too) a frame later, so
    /// on a slow phone the picture appears at once (the live quiz); otherwise
    /// the whole result at once (drawn on a server, or in tests).
    #[prop_or_default]
    pub chart_first: bool,
}

/// The result: the radar and its table, what to work on, strengths, the gut
/// and skin signals, antibiotics, a call to action, every answer, who the
/// quiz is for and the disclaimer. A warning sign puts the doctor notice
/// first, above the chart, and then nothing on the page reassures. In a
/// comparison the radar and table show the earlier result too, with dates.
#[component]
pub fn ResultScreen(props: &Props) -> Html {
    let t = props.language.0;
    let answers = props.now.answers;
    let scores = use_memo(answers, score);
    let earlier = use_memo(props.earlier, |earlier| earlier.as_ref().map(|e| score(&e.answers)));
    let from_v1 = props.now.from_v1 || props.earlier.is_some_and(|e| e.from_v1);
    let summary = use_memo((answers, *scores, props.now.from_v1), |(answers, scores, old)| {
        let summary = summarize(answers, scores);
        if *old {
            summary.without_reassurance()
        } else {
            summary
        }
    });
    let reassure = summary.may_reassure();
    let alert = summary.has_red_flag();
    let whole = use_state(|| !props.chart_first);
    {
        let whole = whole.clone();
        use_effect_with((), move |_| {
            if !*whole {
                web::page::after_next_frame(move || whole.set(true));
            }
        });
    }
    // Class names are literals throughout: Yew then writes them as they are,
    // without building a class set.
    let button = |label: &'static str, primary: bool, callback: &Callback<()>| {
        let onclick = callback.reform(|_: MouseEvent| ());
        if primary {
            html! { <button type="button" class="primary" {onclick}>{ label }</button> }
        } else {
            html! { <button type="button" class="secondary" {onclick}>{ label }</button> }
        }
    };
    let (title, lead) = match (props.shared, earlier.is_some()) {
        (_, true) => (t.compare_title, t.compare_lead),
        (true, false) => (t.shared_title, t.result_lead),
        (false, false) => (t.result_title, t.result_lead),
    };

    // Below the chart: what to do, the signals, the call to action, sharing,
    // every answer and the disclaimer; built once it is shown.
    let rest = (*whole).then(|| {
        html! {
            <>
                <div class="advice">
                    { focus_areas(t, &summary.focus, reassure) }
                    if reassure {
                        { strengths(t, &summary.strengths) }
                    }
                    { gut_signals(t, &answers, &summary.gut, alert) }
                    { skin_signals(t, &answers, &summary.skin_concerns, &summary.skin) }
                    { antibiotics_note(t, &answers, summary.recent_antibiotics) }
                </div>
                { consultation(t, &props.clinic, alert) }
                if let Some(url) = &props.share_url {
                    <SharePanel language={props.language} url={url.clone()} />
                }
                { all_answers(t, &answers) }
                <p class="audience">{ t.audience }</p>
                <p class="disclaimer">{ t.disclaimer }</p>
                <div class="actions">
                    if props.shared {
                        { button(t.take_quiz_yourself, true, &props.on_take_quiz) }
                        { button(t.retake_compare, false, &props.on_retake) }
                    } else {
                        { button(t.start_over, false, &props.on_restart) }
                    }
                </div>
            </>
        }
    });
    let content = html! {
        <>
            if props.shared {
                <p class="shared-badge">{ t.shared_badge }</p>
            }
            <h1 id={HEADING_ID} tabindex="-1">{ title }</h1>
            if props.shared {
                <p class="shared-lead">
                    { t.shared_lead }
                    if props.clinic.clinic_name.is_some() {
                        { " " }<strong>{ t.shared_not_clinic }</strong>
                    }
                </p>
            }
            if alert {
                { doctor_notice(t, &summary, props.shared) }
            }
            if from_v1 {
                { older_version(t) }
            }
            if props.earlier.is_none() && props.shared {
                if let Some(day) = props.now.day {
                    <p class="taken">{ t.taken(&day.iso()) }</p>
                }
            }
            <p class="lead">{ lead }</p>
            if alert {
                <p class="lead">{ t.red_flag_scores_note }</p>
            }
            <div class="chart-and-table">
                <figure class="chart">
                    { radar_chart(t, &scores, earlier.as_ref().as_ref()) }
                    if let Some(then) = props.earlier {
                        <figcaption>{ chart_legend(t, then.day, props.now.day) }</figcaption>
                    }
                </figure>
                if *whole {
                    { score_table(t, &scores, earlier.as_ref().as_ref()) }
                }
            </div>
            { result_tools(t) }
            if let Some(rest) = rest {
                { rest }
            }
        </>
    };
    if props.shared {
        html! { <section class="screen result shared">{ content }</section> }
    } else {
        html! { <section class="screen result">{ content }</section> }
    }
}
