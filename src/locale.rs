//! Every word a person reads, in one table per language. A new language is a
//! new `Locale` value: the compiler checks that no field is missing, and the
//! tests check that every question has one label per option.

use crate::advice::{GutNote, Level, SkinNote};
use crate::questionnaire::{Section, QUESTION_COUNT};
use crate::scoring::{Axis, AXIS_COUNT};

/// The words of one question.
#[derive(Debug)]
pub struct QuestionText {
    pub prompt: &'static str,
    /// A line under the prompt that makes it easier to answer, or "".
    pub hint: &'static str,
    pub options: &'static [&'static str],
}

/// The words of one lifestyle axis.
#[derive(Debug)]
pub struct AxisText {
    /// The label beside the radar: one or two short words.
    pub label: &'static str,
    /// The full name in the table and the advice.
    pub name: &'static str,
    /// Said when this axis is among the strongest.
    pub praise: &'static str,
    /// Concrete first steps, said when this axis is among the weakest.
    pub advice: &'static [&'static str],
}

#[derive(Debug)]
pub struct Locale {
    /// BCP 47 tag, set on the page's `lang` attribute.
    pub lang: &'static str,
    pub app_name: &'static str,

    pub intro_title: &'static str,
    pub intro_lead: &'static str,
    pub intro_points: [&'static str; 3],
    pub start: &'static str,
    pub resume: &'static str,
    pub start_over: &'static str,

    /// "Question 5 of 25"
    pub progress: fn(usize, usize) -> String,
    pub diet: &'static str,
    pub habits: &'static str,
    pub gut: &'static str,
    pub skin: &'static str,
    pub health: &'static str,
    pub choose_all: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub see_result: &'static str,
    /// The message when Next is pressed without an answer; names the question.
    pub missing_answer: fn(&str) -> String,

    pub result_title: &'static str,
    pub result_lead: &'static str,
    pub chart_title: &'static str,
    /// The radar's description for screen readers, e.g. "Fibre & plants 75, …".
    pub chart_description: fn(&[(&str, u8)]) -> String,
    pub table_caption: &'static str,
    pub factor: &'static str,
    pub score: &'static str,
    pub rating: &'static str,
    pub good: &'static str,
    pub fair: &'static str,
    pub needs_attention: &'static str,
    pub strengths_title: &'static str,
    pub no_strengths: &'static str,
    pub focus_title: &'static str,
    pub no_focus: &'static str,
    pub gut_title: &'static str,
    pub gut_answers: &'static str,
    pub gut_notes: [&'static str; 4],
    pub skin_title: &'static str,
    pub skin_concerns_label: &'static str,
    pub skin_no_concerns: &'static str,
    pub skin_notes: [&'static str; 2],
    pub red_flag_title: &'static str,
    pub red_flag_body: &'static str,
    pub red_flag_you_said: &'static str,
    pub consult_title: &'static str,
    pub consult_body: &'static str,
    pub consult_action: &'static str,
    pub disclaimer: &'static str,

    pub shared_badge: &'static str,
    pub shared_title: &'static str,
    pub shared_lead: &'static str,
    pub take_quiz_yourself: &'static str,
    pub retake_compare: &'static str,
    pub compare_title: &'static str,
    pub compare_lead: &'static str,
    pub earlier: &'static str,
    pub now: &'static str,
    pub change: &'static str,
    pub legend_earlier: &'static str,
    pub legend_now: &'static str,
    pub share_title: &'static str,
    pub share_warning: &'static str,
    pub link_label: &'static str,
    pub share_button: &'static str,
    pub copied: &'static str,
    pub copy_by_hand: &'static str,
    pub download_chart: &'static str,
    pub print: &'static str,
    pub qr_label: &'static str,
    pub qr_caption: &'static str,
    pub all_answers_title: &'static str,
    pub link_problem_title: &'static str,
    pub link_empty: &'static str,
    pub link_truncated: &'static str,
    pub link_altered: &'static str,
    pub link_newer: &'static str,
    pub link_not_ours: &'static str,
    pub link_problem_offer: &'static str,
    pub stays_here: &'static str,
    pub clear_answers: &'static str,
    pub cleared: &'static str,
    pub crash_title: &'static str,
    pub crash_body: &'static str,
    pub reload: &'static str,

    pub questions: [QuestionText; QUESTION_COUNT],
    pub axes: [AxisText; AXIS_COUNT],
}

impl Locale {
    pub fn question(&self, index: usize) -> &QuestionText {
        &self.questions[index]
    }

    pub fn axis(&self, axis: Axis) -> &AxisText {
        &self.axes[axis.index()]
    }

    pub fn section(&self, section: Section) -> &'static str {
        match section {
            Section::Diet => self.diet,
            Section::Habits => self.habits,
            Section::Gut => self.gut,
            Section::Skin => self.skin,
            Section::Health => self.health,
        }
    }

    pub fn level(&self, level: Level) -> &'static str {
        match level {
            Level::Good => self.good,
            Level::Fair => self.fair,
            Level::NeedsAttention => self.needs_attention,
        }
    }

    pub fn gut_note(&self, note: GutNote) -> &'static str {
        self.gut_notes[note as usize]
    }

    pub fn skin_note(&self, note: SkinNote) -> &'static str {
        self.skin_notes[note as usize]
    }
}

const fn q(prompt: &'static str, hint: &'static str, options: &'static [&'static str]) -> QuestionText {
    QuestionText { prompt, hint, options }
}

const fn axis(
    label: &'static str,
    name: &'static str,
    praise: &'static str,
    advice: &'static [&'static str],
) -> AxisText {
    AxisText {
        label,
        name,
        praise,
        advice,
    }
}

pub static EN: Locale = Locale {
    lang: "en",
    app_name: "Gut–Skin Check",

    intro_title: "How is your lifestyle treating your gut — and your skin?",
    intro_lead: "Your gut bacteria and your skin are linked: what you eat, how you sleep and how stressed you are shape both. \
        Answer 25 short questions and see which habits already help and which to work on first.",
    intro_points: [
        "Takes about 3 minutes, one tap per question.",
        "Your answers never leave this device: nothing is sent or stored anywhere else.",
        "A picture of lifestyle factors, not a diagnosis.",
    ],
    start: "Start the quiz",
    resume: "Continue where you left off",
    start_over: "Start again",

    progress: |n, total| format!("Question {n} of {total}"),
    diet: "Food",
    habits: "Daily habits",
    gut: "Your gut",
    skin: "Your skin",
    health: "Health",
    choose_all: "Choose all that apply.",
    back: "Back",
    next: "Next",
    see_result: "See my result",
    missing_answer: |question| format!("Please answer “{question}” to go on."),

    result_title: "Your gut–skin lifestyle picture",
    result_lead: "Each spoke is one lifestyle factor, scored from 0 to 100. Further out is friendlier to your gut.",
    chart_title: "Radar chart of your lifestyle scores",
    chart_description: |pairs| {
        let mut text = String::from("Scores out of 100: ");
        for (i, (name, value)) in pairs.iter().enumerate() {
            if i > 0 {
                text.push_str(", ");
            }
            text.push_str(name);
            text.push(' ');
            text.push_str(&value.to_string());
        }
        text.push('.');
        text
    },
    table_caption: "Your scores (0–100, higher is friendlier to your gut)",
    factor: "Factor",
    score: "Score",
    rating: "Rating",
    good: "Good",
    fair: "Fair",
    needs_attention: "Needs attention",
    strengths_title: "Already working for you",
    no_strengths: "None of the factors is strong yet — the steps below are a good place to begin.",
    focus_title: "Work on these first",
    no_focus: "No factor stands out as weak. Keep doing what you are doing.",
    gut_title: "Your gut signals",
    gut_answers: "What you told us",
    gut_notes: [
        "Frequent bloating or discomfort often eases with more fibre introduced slowly, regular meals and less stress. If it persists, mention it to your doctor.",
        "Infrequent or hard stools usually respond to more fibre, more water and more movement — the three work best together.",
        "Loose or very frequent stools for more than a couple of weeks are worth discussing with a doctor.",
        "Your answers describe a settled gut: comfortable, regular and with easy stools.",
    ],
    skin_title: "Your skin",
    skin_concerns_label: "Concerns you mentioned",
    skin_no_concerns: "You did not mention a skin concern.",
    skin_notes: [
        "Flare-ups that follow your cycle point to hormones. The gut helps the body process hormones, but hormonal acne often needs a doctor's or dermatologist's help as well.",
        "Your skin affects your daily life quite a lot. Lifestyle changes take weeks to show; a dermatologist can help in the meantime.",
    ],
    red_flag_title: "Please see a doctor",
    red_flag_body: "You mentioned a symptom that should be checked by a doctor soon, whatever your lifestyle scores. \
        Book an appointment with your GP or family doctor; if the symptom is severe or getting worse quickly, seek urgent care.",
    red_flag_you_said: "You mentioned:",
    consult_title: "Book a consultation",
    consult_body: "Talk your result through with your doctor or a practitioner with a special interest in gut and skin health, \
        especially before starting supplements such as probiotics.",
    consult_action: "Book a consultation",
    disclaimer: "This quiz describes lifestyle factors linked to gut and skin health. It is not a diagnosis or medical advice, \
        and it does not replace a visit to a doctor.",

    shared_badge: "Shared result",
    shared_title: "A shared gut–skin lifestyle picture",
    shared_lead: "This result was opened from a link. It shows the answers as they were when the link was made; nothing was sent to any server to show it.",
    take_quiz_yourself: "Take the quiz yourself",
    retake_compare: "Retake and compare",
    compare_title: "Your gut–skin picture, then and now",
    compare_lead: "The dashed shape shows the earlier answers, the solid one your answers now. Further out is friendlier to your gut.",
    earlier: "Earlier",
    now: "Now",
    change: "Change",
    legend_earlier: "Earlier (dashed, square points)",
    legend_now: "Now (solid, round points)",
    share_title: "Share or keep your result",
    share_warning: "This link contains your answers. Share it only with people you trust.",
    link_label: "Result link",
    share_button: "Share link",
    copied: "Link copied. Paste it into a message or a note.",
    copy_by_hand: "Copying is not available here: the link is selected above, copy it from there.",
    download_chart: "Download chart",
    print: "Print or save as PDF",
    qr_label: "QR code of the result link",
    qr_caption: "Scan to open this result on another device.",
    all_answers_title: "All answers",
    link_problem_title: "This result link cannot be opened",
    link_empty: "The link holds no result: the part after “#r=” is missing.",
    link_truncated: "The link is incomplete: part of it was probably cut off when it was copied or sent.",
    link_altered: "The link has been changed or damaged, so it would show the wrong result.",
    link_newer: "The link was made by a newer version of this quiz than the one on this page.",
    link_not_ours: "This is not a Gut–Skin Check result link.",
    link_problem_offer: "Ask for the link again, or take the quiz yourself: it takes about 3 minutes.",
    stays_here: "Your answers stay on this device. Nothing is sent anywhere.",
    clear_answers: "Clear my answers",
    cleared: "Your answers were cleared from this page and its history.",
    crash_title: "Something went wrong",
    crash_body: "The quiz stopped because of an error on this page. Your answers were not sent anywhere. Reload the page to start again.",
    reload: "Reload",

    questions: [
        q(
            "How many portions of vegetables and fruit do you eat on a typical day?",
            "A portion is roughly what fits in your hand.",
            &["0 or 1", "2 or 3", "4 or 5", "6 or more"],
        ),
        q(
            "How many different plant foods do you eat in a usual week?",
            "Count each kind of vegetable, fruit, grain, bean, nut, seed and herb once.",
            &["Fewer than 10", "10 to 19", "20 to 29", "30 or more"],
        ),
        q(
            "How often do you eat whole grains or pulses?",
            "For example oats, brown rice, wholemeal bread, beans, lentils or chickpeas.",
            &["Rarely", "A few times a week", "About once a day", "With most meals"],
        ),
        q(
            "How often do you eat fermented foods?",
            "For example natural yogurt, kefir, kimchi, sauerkraut or miso.",
            &["Rarely or never", "Once or twice a week", "3 to 6 times a week", "Every day"],
        ),
        q(
            "Do you take a probiotic supplement?",
            "Capsules, powders or drinks sold to add live “good” bacteria to your gut.",
            &["No", "Now and then", "Yes, daily for a month or more"],
        ),
        q(
            "How often do you eat processed or fast food?",
            "For example ready meals, takeaways, packaged snacks or processed meat.",
            &["Rarely", "1 to 3 times a week", "4 to 6 times a week", "Every day"],
        ),
        q(
            "How often do you have sugary drinks, sweets or desserts?",
            "",
            &["Rarely", "A few times a week", "About once a day", "Several times a day"],
        ),
        q(
            "How often do you eat foods with healthy fats?",
            "For example oily fish, nuts, seeds, olive oil or avocado.",
            &["Rarely", "Once or twice a week", "3 to 6 times a week", "Every day"],
        ),
        q(
            "How often do you eat deeply coloured plant foods?",
            "For example berries, dark leafy greens, beetroot, red peppers or tomatoes.",
            &["Rarely", "Once or twice a week", "3 to 6 times a week", "Every day"],
        ),
        q(
            "How much water do you drink on a typical day?",
            "Count plain water and unsweetened tea or infusions. A glass is about 250 ml.",
            &["Under 4 glasses (1 litre)", "4 to 6 glasses", "6 to 8 glasses", "More than 8 glasses (2 litres)"],
        ),
        q(
            "In the last month, how often did you feel stressed or under pressure?",
            "",
            &["Hardly ever", "Now and then", "Often", "Almost all the time"],
        ),
        q(
            "How often do you take time for something that calms you?",
            "For example yoga, meditation, slow breathing, a walk or exercise you enjoy.",
            &["Rarely", "About once a week", "A few times a week", "Every day"],
        ),
        q(
            "How many hours do you usually sleep a night?",
            "",
            &["Less than 6", "6 to 7", "7 to 9", "More than 9"],
        ),
        q(
            "How often do you wake up feeling rested?",
            "",
            &["Hardly ever", "Sometimes", "Most mornings", "Almost every morning"],
        ),
        q(
            "On how many days a week are you active for 30 minutes or more?",
            "Anything that gets you a little out of breath counts: brisk walking, cycling, dancing, sport.",
            &["0 or 1 day", "2 or 3 days", "4 or 5 days", "6 or 7 days"],
        ),
        q(
            "How many alcoholic drinks do you have in a usual week?",
            "One drink is a small glass of wine, a bottle of beer or a single measure of spirits.",
            &["None", "1 to 7", "8 to 14", "More than 14"],
        ),
        q(
            "Do you smoke?",
            "",
            &["I have never smoked", "I used to, but I stopped", "Yes, now and then", "Yes, every day"],
        ),
        q(
            "When did you last take a course of antibiotics?",
            "",
            &["In the last 3 months", "3 to 12 months ago", "Over a year ago, or never"],
        ),
        q(
            "How often do you feel bloated or have tummy discomfort?",
            "",
            &["Rarely or never", "About once a week", "Several times a week", "Most days"],
        ),
        q(
            "How often do you usually have a bowel movement?",
            "",
            &["Fewer than 3 times a week", "3 to 6 times a week", "1 to 3 times a day", "More than 3 times a day"],
        ),
        q(
            "What are your stools like most of the time?",
            "Pick the description closest to usual.",
            &[
                "Hard lumps that are difficult to pass",
                "Firm but lumpy, a bit of an effort",
                "Smooth and soft, easy to pass",
                "Mushy pieces without a clear shape",
                "Watery, with no solid pieces",
            ],
        ),
        q(
            "Which skin concerns do you have at the moment?",
            "",
            &[
                "Acne or breakouts",
                "Eczema (itchy, inflamed patches)",
                "Rosacea (redness or flushing on the face)",
                "Psoriasis (thick, scaly patches)",
                "Dryness or irritation",
                "None of these",
            ],
        ),
        q(
            "How much does your skin bother you in daily life?",
            "",
            &["Not at all", "A little", "Quite a lot", "Very much"],
        ),
        q(
            "Do breakouts or flare-ups come with hormonal changes?",
            "For example in the days before a period, or with changes in contraception.",
            &["Yes, clearly", "Sometimes", "No", "Not sure, or does not apply to me"],
        ),
        q(
            "Have you noticed any of these in the last few weeks?",
            "",
            &[
                "Blood in your stools, or black stools",
                "Losing weight without trying",
                "Severe tummy pain, or pain that keeps coming back",
                "A change in bowel habits lasting more than 3 weeks",
                "Trouble swallowing, or vomiting that keeps returning",
                "None of these",
            ],
        ),
    ],
    axes: [
        axis(
            "Fibre",
            "Fibre & plants",
            "You eat plenty of varied plant foods — the fibre your gut bacteria feed on.",
            &[
                "Add one extra portion of vegetables or fruit a day, then another a few weeks later.",
                "Aim for variety: try a new vegetable, bean or grain each week — 30 different plants a week is a good target.",
                "Swap white bread, rice or pasta for wholegrain versions, and add beans or lentils to soups and sauces.",
            ],
        ),
        axis(
            "Fermented",
            "Fermented foods & probiotics",
            "Fermented foods are a regular part of your diet, bringing live bacteria to your gut.",
            &[
                "Try a small serving of a fermented food most days: natural yogurt, kefir, sauerkraut or kimchi.",
                "Start small and build up, as fermented foods can cause some wind at first.",
                "If you are thinking about a probiotic supplement, ask a health professional which suits you.",
            ],
        ),
        axis(
            "Sugar",
            "Processed food & sugar",
            "You keep processed food and added sugar low, which helps keep gut bacteria in balance.",
            &[
                "Replace one processed meal or snack a day with something home-made from whole ingredients.",
                "Swap sugary drinks for water, sparkling water or unsweetened tea.",
                "Keep fruit, nuts or yogurt at hand for when a sweet craving comes.",
            ],
        ),
        axis(
            "Fats",
            "Healthy fats & colourful foods",
            "Healthy fats and colourful plant foods are part of your week — both support your skin.",
            &[
                "Eat oily fish such as salmon, sardines or mackerel once or twice a week, or walnuts, flax or chia seeds.",
                "Cook and dress salads with olive oil.",
                "Add colour to each meal: berries, leafy greens, tomatoes or peppers bring antioxidants, plant substances that protect your cells.",
            ],
        ),
        axis(
            "Water",
            "Hydration",
            "You drink enough water to support digestion and skin moisture.",
            &[
                "Keep a glass or bottle of water within reach and refill it through the day.",
                "Drink a glass of water with every meal.",
                "Drink more on hot days and when you exercise.",
            ],
        ),
        axis(
            "Stress",
            "Stress balance",
            "You keep stress in check, which protects the balance of your gut bacteria.",
            &[
                "Take ten minutes a day for something calming: slow breathing, meditation, yoga or a walk outdoors.",
                "Notice what raises your stress and plan one small change there.",
                "If stress feels overwhelming for weeks, talk to your doctor — help is available.",
            ],
        ),
        axis(
            "Sleep",
            "Sleep",
            "You sleep well, giving your gut and skin time to recover.",
            &[
                "Keep regular sleep and wake times, even at weekends.",
                "Put screens away half an hour before bed and keep the bedroom cool and dark.",
                "Avoid caffeine in the afternoon and large meals late in the evening.",
            ],
        ),
        axis(
            "Movement",
            "Movement",
            "You move regularly, which supports digestion and a varied gut flora.",
            &[
                "Aim for 30 minutes of brisk walking or other activity on most days; short bouts add up.",
                "Choose something you enjoy — cycling, dancing, swimming — so it lasts.",
                "A short walk after meals helps digestion.",
            ],
        ),
        axis(
            "Alcohol &\nsmoking",
            "Alcohol & smoking",
            "You keep alcohol low and do not smoke — both spare your gut and your skin.",
            &[
                "Keep several days a week alcohol-free and choose smaller drinks.",
                "If you smoke, ask your doctor or pharmacist about support to stop — it is one of the best things for skin and gut.",
                "Alternate alcoholic drinks with water.",
            ],
        ),
        axis(
            "Antibiotics",
            "Antibiotics (recent use)",
            "You have not needed antibiotics recently, so your gut bacteria have had time to settle.",
            &[
                "Antibiotics can upset gut bacteria for weeks — but always take them as prescribed when you need them.",
                "After a course, lean on fibre-rich and fermented foods to help your gut bacteria recover.",
                "Never keep leftover antibiotics or take them without a prescription.",
            ],
        ),
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::{Kind, QUESTIONS};

    pub(crate) fn all() -> [&'static Locale; 1] {
        [&EN]
    }

    #[test]
    fn every_question_has_one_label_per_option() {
        for locale in all() {
            for (i, question) in QUESTIONS.iter().enumerate() {
                let text = locale.question(i);
                assert_eq!(
                    text.options.len(),
                    usize::from(question.options),
                    "{} {}",
                    locale.lang,
                    question.id
                );
                assert!(!text.prompt.is_empty());
                assert!(text.options.iter().all(|o| !o.is_empty()));
            }
        }
    }

    #[test]
    fn every_axis_has_two_or_three_pieces_of_advice() {
        for locale in all() {
            for axis in Axis::ALL {
                let text = locale.axis(axis);
                assert!((2..=3).contains(&text.advice.len()), "{:?}", axis);
                assert!(!text.label.is_empty() && !text.name.is_empty() && !text.praise.is_empty());
            }
        }
    }

    #[test]
    fn multiple_choice_ends_with_none_of_these() {
        for (i, question) in QUESTIONS.iter().enumerate() {
            if let Kind::Multiple { none } = question.kind {
                assert_eq!(EN.question(i).options[usize::from(none)], "None of these");
            }
        }
    }

    #[test]
    fn formatted_strings() {
        assert_eq!((EN.progress)(5, 25), "Question 5 of 25");
        assert_eq!(
            (EN.missing_answer)("Do you smoke?"),
            "Please answer “Do you smoke?” to go on."
        );
        assert_eq!(
            (EN.chart_description)(&[("Sleep", 75), ("Movement", 0)]),
            "Scores out of 100: Sleep 75, Movement 0."
        );
    }

    #[test]
    fn intro_count_matches_the_questionnaire() {
        assert!(EN.intro_lead.contains(&QUESTION_COUNT.to_string()));
    }
}
