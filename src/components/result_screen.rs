use yew::prelude::*;

use super::consultation::Consultation;
use super::doctor_notice::DoctorNotice;
use super::focus_areas::FocusAreas;
use super::gut_signals::GutSignals;
use super::radar_chart::RadarChart;
use super::score_table::ScoreTable;
use super::skin_signals::SkinSignals;
use super::strengths::Strengths;
use super::{use_locale, HEADING_ID};
use crate::advice::summarize;
use crate::questionnaire::Answers;
use crate::scoring::score;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub answers: Answers,
    pub on_restart: Callback<()>,
}

/// The result: the radar and its table, strengths, what to work on, the gut
/// and skin signals, a call to action and the disclaimer. A warning sign puts
/// the doctor notice first, above the lifestyle advice.
#[component]
pub fn ResultScreen(props: &Props) -> Html {
    let t = use_locale();
    let scores = use_memo(props.answers, |answers| score(answers));
    let summary = use_memo((props.answers, *scores), |(answers, scores)| summarize(answers, scores));
    let on_restart = props.on_restart.reform(|_: MouseEvent| ());

    html! {
        <section class="screen result">
            <h1 id={HEADING_ID} tabindex="-1">{ t.result_title }</h1>
            if summary.has_red_flag() {
                <DoctorNotice signs={summary.warning_signs.clone()} />
            }
            <p class="lead">{ t.result_lead }</p>
            <figure class="chart">
                <RadarChart scores={*scores} />
            </figure>
            <ScoreTable scores={*scores} />
            <div class={classes!("advice", summary.has_red_flag().then_some("secondary-emphasis"))}>
                <FocusAreas axes={summary.focus.clone()} />
                <Strengths axes={summary.strengths.clone()} />
            </div>
            <GutSignals answers={props.answers} notes={summary.gut.clone()} />
            <SkinSignals answers={props.answers} concerns={summary.skin_concerns.clone()} notes={summary.skin.clone()} />
            <Consultation />
            <p class="disclaimer">{ t.disclaimer }</p>
            <div class="actions">
                <button type="button" class="secondary" onclick={on_restart}>{ t.start_over }</button>
            </div>
        </section>
    }
}
