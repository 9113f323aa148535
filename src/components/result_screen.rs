use yew::prelude::*;

use std::rc::Rc;

use super::all_answers::all_answers;
use super::chart_legend::chart_legend;
use super::consultation::consultation;
use super::doctor_notice::doctor_notice;
use super::focus_areas::focus_areas;
use super::gut_signals::gut_signals;
use super::radar_chart::radar_chart;
use super::result_tools::result_tools;
use super::score_table::score_table;
use super::share_panel::SharePanel;
use super::skin_signals::skin_signals;
use super::strengths::strengths;
use super::{Language, HEADING_ID};
use crate::advice::summarize;
use crate::browser;
use crate::config::ClinicConfig;
use crate::questionnaire::Answers;
use crate::scoring::score;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub language: Language,
    /// The clinic's settings, for the call to action.
    #[prop_or_default]
    pub clinic: Rc<ClinicConfig>,
    pub answers: Answers,
    /// Earlier answers to compare with.
    #[prop_or_default]
    pub earlier: Option<Answers>,
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
/// and skin signals, a call to action, every answer and the disclaimer. A
/// warning sign puts the doctor notice first, above the lifestyle advice. In
/// a comparison the radar and table show the earlier result too.
#[component]
pub fn ResultScreen(props: &Props) -> Html {
    let t = props.language.0;
    let scores = use_memo(props.answers, score);
    let earlier = use_memo(props.earlier, |earlier| earlier.as_ref().map(score));
    let summary = use_memo((props.answers, *scores), |(answers, scores)| summarize(answers, scores));
    let whole = use_state(|| !props.chart_first);
    {
        let whole = whole.clone();
        use_effect_with((), move |_| {
            if !*whole {
                browser::after_next_frame(move || whole.set(true));
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
                    { focus_areas(t, &summary.focus) }
                    { strengths(t, &summary.strengths) }
                    { gut_signals(t, &props.answers, &summary.gut) }
                    { skin_signals(t, &props.answers, &summary.skin_concerns, &summary.skin) }
                </div>
                { consultation(t, &props.clinic) }
                if let Some(url) = &props.share_url {
                    <SharePanel language={props.language} url={url.clone()} />
                }
                { all_answers(t, &props.answers) }
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
                <p class="shared-lead">{ t.shared_lead }</p>
            }
            if summary.has_red_flag() {
                { doctor_notice(t, &summary.warning_signs) }
            }
            <p class="lead">{ lead }</p>
            <div class="chart-and-table">
                <figure class="chart">
                    { radar_chart(t, &scores, earlier.as_ref().as_ref()) }
                    if earlier.is_some() {
                        <figcaption>{ chart_legend(t) }</figcaption>
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
