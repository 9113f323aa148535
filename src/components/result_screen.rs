use yew::prelude::*;

use super::all_answers::AllAnswers;
use super::chart_legend::ChartLegend;
use super::consultation::Consultation;
use super::doctor_notice::DoctorNotice;
use super::focus_areas::FocusAreas;
use super::gut_signals::GutSignals;
use super::radar_chart::RadarChart;
use super::result_tools::ResultTools;
use super::score_table::ScoreTable;
use super::share_panel::SharePanel;
use super::skin_signals::SkinSignals;
use super::strengths::Strengths;
use super::{use_locale, HEADING_ID};
use crate::advice::summarize;
use crate::questionnaire::Answers;
use crate::scoring::score;

#[derive(Properties, PartialEq)]
pub struct Props {
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
}

/// The result: the radar and its table, what to work on, strengths, the gut
/// and skin signals, a call to action, every answer and the disclaimer. A
/// warning sign puts the doctor notice first, above the lifestyle advice. In
/// a comparison the radar and table show the earlier result too.
#[component]
pub fn ResultScreen(props: &Props) -> Html {
    let t = use_locale();
    let scores = use_memo(props.answers, score);
    let earlier = use_memo(props.earlier, |earlier| earlier.as_ref().map(score));
    let summary = use_memo((props.answers, *scores), |(answers, scores)| summarize(answers, scores));
    let button = |label: &'static str, class: &'static str, callback: &Callback<()>| {
        let onclick = callback.reform(|_: MouseEvent| ());
        html! { <button type="button" {class} {onclick}>{ label }</button> }
    };
    let (title, lead) = match (props.shared, earlier.is_some()) {
        (_, true) => (t.compare_title, t.compare_lead),
        (true, false) => (t.shared_title, t.result_lead),
        (false, false) => (t.result_title, t.result_lead),
    };

    html! {
        <section class={classes!("screen", "result", props.shared.then_some("shared"))}>
            if props.shared {
                <p class="shared-badge">{ t.shared_badge }</p>
            }
            <h1 id={HEADING_ID} tabindex="-1">{ title }</h1>
            if props.shared {
                <p class="shared-lead">{ t.shared_lead }</p>
            }
            if summary.has_red_flag() {
                <DoctorNotice signs={summary.warning_signs.clone()} />
            }
            <p class="lead">{ lead }</p>
            <div class="chart-and-table">
                <figure class="chart">
                    <RadarChart scores={*scores} earlier={*earlier} />
                    if earlier.is_some() {
                        <figcaption><ChartLegend /></figcaption>
                    }
                </figure>
                <ScoreTable scores={*scores} earlier={*earlier} />
            </div>
            <ResultTools />
            <div class="advice">
                <FocusAreas axes={summary.focus.clone()} />
                <Strengths axes={summary.strengths.clone()} />
                <GutSignals answers={props.answers} notes={summary.gut.clone()} />
                <SkinSignals answers={props.answers} concerns={summary.skin_concerns.clone()} notes={summary.skin.clone()} />
            </div>
            <Consultation />
            if let Some(url) = &props.share_url {
                <SharePanel url={url.clone()} />
            }
            <AllAnswers answers={props.answers} />
            <p class="disclaimer">{ t.disclaimer }</p>
            <div class="actions">
                if props.shared {
                    { button(t.take_quiz_yourself, "primary", &props.on_take_quiz) }
                    { button(t.retake_compare, "secondary", &props.on_retake) }
                } else {
                    { button(t.start_over, "secondary", &props.on_restart) }
                }
            </div>
        </section>
    }
}
