//! English.

use super::{axis, q, Dir, Locale};

pub static EN: Locale = Locale {
    lang: "en",
    name: "English",
    dir: Dir::Ltr,
    language_label: "Language",
    app_name: "Gut–Skin Check",

    intro_title: "How is your lifestyle treating your gut — and your skin?",
    intro_lead: "Research suggests that the gut and the skin are linked: what you eat, how you sleep and how stressed you are may affect both. \
        Answer 27 short questions and see which habits already help and which to work on first.",
    intro_points: [
        "Takes about 3 minutes, one tap per question.",
        "Your answers never leave this device: nothing is sent or stored anywhere else.",
        "A picture of lifestyle factors, not a diagnosis.",
    ],
    audience: "For adults (18 and over). It does not replace the advice of your own care team if you are pregnant or breastfeeding, \
        have a diagnosed bowel condition (such as Crohn's disease, ulcerative colitis, coeliac disease, or IBS under a doctor's care), \
        have a weakened immune system, have been told to limit how much fluid you drink, or have had an eating disorder: \
        ask your GP, midwife, specialist team or a registered dietitian instead.",
    start: "Start the quiz",
    resume: "Continue where you left off",
    start_over: "Start again",

    progress_text: "Question {n} of {total}",
    diet: "Food",
    habits: "Daily habits",
    gut: "Your gut",
    skin: "Your skin",
    health: "Health",
    choose_all: "Choose all that apply.",
    back: "Back",
    next: "Next",
    see_result: "See my result",
    missing_text: "Please answer “{question}” to go on.",

    result_title: "Your gut–skin lifestyle picture",
    result_lead: "Each spoke is one lifestyle factor, scored from 0 to 100. Further out is closer to NHS guidance or, for fermented foods and plant variety, to what early research suggests.",
    chart_title: "Radar chart of your lifestyle scores",
    scores_text: "Scores out of 100:",
    table_caption: "Your scores (0–100, higher is closer to what is recommended)",
    factor: "Factor",
    score: "Score",
    rating: "Rating",
    good: "Good",
    fair: "Fair",
    needs_attention: "Needs attention",
    strengths_title: "Already working for you",
    no_strengths: "None of the factors is strong yet — the steps above are a good place to begin.",
    focus_title: "Lifestyle factors to work on",
    no_focus: "No lifestyle factor stands out as weak.",
    gut_title: "Your gut signals",
    gut_notes: [
        "For frequent bloating, NICE's advice for irritable bowel syndrome may also help: regular meals taken without rushing, fewer fizzy drinks, less alcohol and caffeine, \
        and a look at the kind of fibre you eat: less insoluble fibre such as bran, while oats or linseed may help. \
        If you are often bloated, this comes before the general advice on this page to eat more wholegrains and fruit. \
        If you feel bloated most days for 3 weeks or more, see a GP.",
        "For hard or infrequent stools, the NHS suggests adding fibre gradually, drinking plenty of fluids and moving more. \
        If this does not help, ask a pharmacist or GP. If it is new for you and has lasted 3 weeks or more, see a GP.",
        "Loose stools most of the time need checking by a GP: book an appointment (if they are watery, or you go more than 3 times a day, \
        follow the advice at the top of this page). If you have been opening your bowels more than 3 times a day for 3 weeks or more \
        and this is new for you, see a GP. \
        If you also feel dizzy or are peeing less than usual, get advice today from your GP surgery or NHS 111.",
        "Your answers describe regular, comfortable bowel habits.",
    ],
    skin_title: "Your skin",
    skin_concerns_label: "Concerns you mentioned",
    skin_no_concerns: "You did not mention a skin concern.",
    skin_notes: [
        "You said breakouts sometimes or often follow hormonal changes, such as before a period. \
        A GP can talk you through acne treatments, including some that act on hormones.",
        "Your skin affects your daily life quite a lot. You do not need to try lifestyle changes first: \
        a GP can offer treatment now or refer you to a dermatologist. NICE advises referral if acne is leaving scars.",
        "Skin conditions can affect how you feel. If your skin is getting you down, tell your GP: help is available for your skin and your mood. \
        If you ever feel you might harm yourself, call 999, call NHS 111 and choose the mental health option, \
        or call Samaritans free on 116 123 (UK), at any time.",
    ],
    red_flag_title: "Please see a doctor",
    red_flag_body: "Some of your answers are signs a doctor needs to check, whatever your lifestyle scores. \
        Start with the most urgent group below.",
    red_flag_body_shared: "Some of the answers in this link are signs a doctor needs to check, whatever the lifestyle scores. \
        Start with the most urgent group below.",
    tier_titles: ["Get help now", "Get advice today", "See a GP soon"],
    tier_bodies: [
        "Call 999 or go to A&E now if this is happening now. If it has stopped, still get advice today: call your GP surgery or NHS 111.",
        "Ask your GP surgery for an urgent appointment today, or call NHS 111. If you feel very unwell, faint or confused, or it is getting worse fast, call 999.",
        "Book an appointment with a GP. Do not wait to see whether it goes away. If it gets worse or you feel very unwell, call NHS 111.",
    ],
    gut_patterns: [
        "Watery stools most of the time",
        "Loose stools more than 3 times a day",
        "Bloating most days, with hard, infrequent or loose stools",
    ],
    red_flag_scores_note: "Your lifestyle scores are below. They cannot explain or rule out the signs above.",
    gut_after_alert: "Once a doctor has checked the signs at the top of this page, this may help:",
    consult_not_instead: "A consultation here does not replace the advice at the top of this page.",
    antibiotics_title: "Antibiotics",
    antibiotics_recent: "You took antibiotics in the last 3 months. They can upset your gut for a while, for example with diarrhoea. \
        If antibiotics are prescribed for you, including longer courses for acne, take them exactly as prescribed \
        and do not stop early without asking your doctor or pharmacist. \
        If you get watery diarrhoea while taking antibiotics or in the weeks after, especially with tummy pain or a fever, contact your GP or NHS 111.",
    antibiotics_colds: "Antibiotics do not work for colds, flu or most coughs, so there is no need to ask for them for these.",
    evidence: ["Based on NHS or NICE guidance", "Supported by research reviews", "Early research: not yet certain"],
    taken_on: "Taken on {date}",
    older_title: "Made with an earlier version of this quiz",
    older_body: "This result was made with an earlier version of the quiz, which asked some questions differently.",
    older_estimated: "Estimated from the earlier answers:",
    older_not_asked: "Not asked then: muscle-strengthening activity, how your skin affects your mood, and several of the warning signs \
        (such as a lump in the tummy, yellow skin or eyes, or a changing mole), so this result cannot show that nothing needs checking.",
    consult_title: "Book a consultation",
    consult_body: "Talk your result through with your GP, a dermatologist or a registered dietitian, \
        especially before starting supplements such as probiotics.",
    consult_action: "Book a consultation",
    disclaimer: "This quiz describes lifestyle factors that research links with gut and skin health. It is not a diagnosis or medical advice, \
        and it does not replace a visit to a doctor.",

    shared_badge: "Shared result",
    shared_title: "A shared gut–skin lifestyle picture",
    shared_lead: "This result was opened from a link. It shows the answers as they were when the link was made; nothing was sent to any server to show it.",
    shared_not_clinic: "This link was made by whoever sent it: the clinic named on this page has not made or checked it.",
    take_quiz_yourself: "Take the quiz yourself",
    retake_compare: "Retake and compare",
    compare_title: "Your gut–skin picture, then and now",
    compare_lead: "The dashed shape shows the earlier answers, the solid one your answers now. Further out is closer to what is recommended.",
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
            "A portion is about 80 g: roughly a handful of fruit, or 3 heaped tablespoons of vegetables. \
            Potatoes do not count; juice or smoothies count once a day at most.",
            &["0 to 2", "3 or 4", "5 or 6", "7 or more"],
        ),
        q(
            "How many different plant foods do you eat in a usual week?",
            "Count each kind of vegetable, fruit, grain, bean, nut, seed and herb once. There is no official target; some researchers suggest 30 a week.",
            &["Fewer than 10", "10 to 19", "20 to 29", "30 or more"],
        ),
        q(
            "How often do you eat whole grains or pulses?",
            "For example oats, brown rice, wholemeal bread, beans, lentils or chickpeas.",
            &["Rarely", "A few times a week", "About once a day", "With most meals"],
        ),
        q(
            "How often do you eat fermented foods?",
            "For example natural yogurt, kefir, sauerkraut (fermented cabbage), kimchi or miso.",
            &["Rarely or never", "Once or twice a week", "3 to 6 times a week", "Every day"],
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
            "How many cups or glasses of drinks do you have on a typical day, not counting alcohol?",
            "Water, lower-fat milk, tea, coffee and sugar-free drinks all count. A glass is about 200 to 250 ml.",
            &["Fewer than 4", "4 or 5", "6 to 8", "More than 8"],
        ),
        q(
            "In the last month, how often did you feel stressed or under pressure?",
            "",
            &["Hardly ever", "Now and then", "Often", "Almost all the time"],
        ),
        q(
            "How often do you take time for something that calms you?",
            "For example slow breathing, meditation, a hobby, time outdoors or with friends.",
            &["Rarely", "About once a week", "A few times a week", "Every day"],
        ),
        q(
            "How many hours do you usually sleep a night?",
            "",
            &["Less than 6 hours", "6 hours or more, but less than 7", "7 to 9 hours", "More than 9 hours"],
        ),
        q(
            "How often do you wake up feeling rested?",
            "",
            &["Hardly ever", "Sometimes", "Most mornings", "Almost every morning"],
        ),
        q(
            "In a usual week, for how many minutes are you active enough to breathe faster?",
            "Count each minute of brisk walking, cycling or dancing as 1 minute, and each minute of running, fast swimming or sport as 2. Short bouts count.",
            &["Less than 30 minutes", "30 to 74 minutes", "75 to 149 minutes", "150 minutes or more"],
        ),
        q(
            "On how many days a week do you do something that works your muscles hard?",
            "For example lifting weights, push-ups, heavy gardening, carrying heavy shopping, or yoga.",
            &["None", "1 day", "2 days or more"],
        ),
        q(
            "How many units of alcohol do you drink in a usual week?",
            "A unit is 10 ml of pure alcohol, such as a single 25 ml measure of spirits. A pint of average-strength beer is about 2.3 units, \
            a pint of strong lager about 3, a 175 ml glass of wine about 2.3, a bottle of wine about 10.",
            &["None", "1 to 6 units", "7 to 14 units", "15 to 35 units", "More than 35 units"],
        ),
        q(
            "Do you smoke?",
            "Cigarettes, rolling tobacco, cigars, a pipe or shisha (waterpipe). Vaping is not counted here.",
            &["I have never smoked", "I used to, but I stopped", "Yes, now and then", "Yes, every day"],
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
            "Does your skin make you feel low, anxious or self-conscious?",
            "",
            &["No", "Sometimes", "Often"],
        ),
        q(
            "Do breakouts or flare-ups come with hormonal changes?",
            "For example in the days before a period, or with changes in contraception.",
            &["Yes, clearly", "Sometimes", "No", "Not sure, or does not apply to me"],
        ),
        q(
            "When did you last take a course of antibiotics?",
            "Include courses for acne or another skin condition.",
            &["In the last 3 months", "3 to 12 months ago", "Over a year ago, or never"],
        ),
        q(
            "In the last few weeks, have you had any of these?",
            "",
            &[
                "Vomiting blood, or vomit that looks like coffee grounds",
                "Heavy bleeding from your bottom, or bleeding that will not stop",
                "Blood in your stools or from your bottom, or black, sticky stools",
                "A change in your poo that is not usual for you (looser, harder, more or less often), or often feeling you need to poo even after going, for 3 weeks or more",
                "A lump or swelling in your tummy",
                "Bloating most days for 3 weeks or more",
                "Difficulty swallowing, or food feeling stuck",
                "None of these",
            ],
        ),
        q(
            "And have you had any of these?",
            "",
            &[
                "Losing weight without trying",
                "Tiredness with no clear reason, or being told you have anaemia (often from low iron)",
                "Yellow skin, or yellow whites of the eyes",
                "Sudden, severe tummy pain, or pain when you press on your tummy",
                "Tummy pain that keeps coming back",
                "Not able to poo or pass wind, with a swollen tummy or being sick",
                "Being sick for more than 2 days, or not able to keep fluids down",
                "None of these",
            ],
        ),
        q(
            "Have you noticed any of these on your skin or eyes?",
            "",
            &[
                "A new mole, or a mole that has changed in size, shape or colour, or that itches, crusts or bleeds",
                "A sore or spot that has not healed after 4 weeks",
                "A rash that does not fade when you press a glass on it, or skin that blisters or peels over a large area",
                "A widespread rash with a high temperature",
                "Eczema that is quickly getting worse, painful, weeping or blistering, or with a fever",
                "Psoriasis with painful, swollen or stiff joints",
                "Rosacea with a painful eye, eyes sensitive to light, or blurred or worse vision",
                "None of these",
            ],
        ),
    ],
    axes: [
        axis(
            "Plants",
            "Plant foods & fibre",
            "You eat vegetables, fruit and whole grains regularly; the NHS recommends at least 5 portions of vegetables and fruit a day.",
            &[
                "Work towards at least 5 portions of vegetables and fruit a day, adding one portion at a time.",
                "Choose wholegrain bread, pasta and rice, and add beans, lentils or chickpeas to meals. Add fibre gradually and drink plenty, so it does not cause wind or bloating.",
                "Try a new vegetable, grain, bean, nut or seed each week. Research suggests that a varied diet may go with more varied gut bacteria.",
            ],
        ),
        axis(
            "Fermented",
            "Fermented foods",
            "Fermented foods such as yogurt or kefir are a regular part of your diet.",
            &[
                "If you enjoy them, try a small serving of a fermented food such as natural yogurt, kefir, sauerkraut or kimchi a few times a week. Research on their effect on the gut is still at an early stage.",
                "Start with a small amount and build up slowly; choose kinds low in salt and added sugar, as the NHS advises for all foods.",
                "There is little evidence that probiotic supplements help healthy people, and no evidence that they treat eczema (NHS). \
                If you want to try one, ask a pharmacist or GP first, especially if your immune system is weakened.",
            ],
        ),
        axis(
            "Sugar",
            "Processed food & added sugar",
            "You keep processed food and added sugar low, in line with NHS healthy-eating advice.",
            &[
                "Replace one processed meal or snack a day with something made from whole ingredients.",
                "Swap sugary drinks for water, sugar-free drinks or unsweetened tea.",
                "Keep fruit, unsalted nuts or plain yogurt at hand for when you want a snack.",
            ],
        ),
        axis(
            "Fats",
            "Healthy fats",
            "You eat healthy fats such as oily fish, nuts or olive oil, as NHS guidance recommends.",
            &[
                "Aim for 2 portions of fish a week, one of them oily, such as salmon, sardines or mackerel.",
                "Cook with small amounts of vegetable or olive oil instead of butter or lard.",
                "A small handful of unsalted nuts or seeds makes a good snack. Research on omega-3 fats and skin conditions is still limited.",
            ],
        ),
        axis(
            "Drinks",
            "Drinks (fluids)",
            "You drink 6 or more glasses a day; the NHS recommends 6 to 8.",
            &[
                "Aim for 6 to 8 cups or glasses of fluid a day: water, lower-fat milk, tea, coffee and sugar-free drinks all count.",
                "Keep a glass or bottle of water within reach, and have a drink with every meal.",
                "Drink more in hot weather and when you exercise. If a doctor has told you to limit fluids, follow their advice instead.",
            ],
        ),
        axis(
            "Stress",
            "Stress balance",
            "You keep stress in check and take time to unwind.",
            &[
                "Take ten minutes a day for something calming: slow breathing, meditation, a hobby or time outdoors.",
                "Notice what raises your stress and plan one small change there.",
                "If stress or worry feels overwhelming for weeks, talk to your GP — help is available.",
            ],
        ),
        axis(
            "Sleep",
            "Sleep",
            "Your sleep is close to what is recommended: the NHS says most adults need 6 to 9 hours a night.",
            &[
                "Keep regular sleep and wake times, even at weekends.",
                "Put screens away an hour before bed and keep the bedroom dark, quiet and cool.",
                "Avoid caffeine late in the day, and large meals or alcohol late in the evening.",
            ],
        ),
        axis(
            "Activity",
            "Physical activity",
            "You are regularly active and work your muscles; the NHS guideline is 150 minutes a week plus strength exercises on 2 days.",
            &[
                "Build up to 150 minutes of moderate activity a week, such as brisk walking or cycling, or 75 minutes of vigorous activity such as running. Short bouts count.",
                "On 2 days a week, do something that works your muscles: carrying heavy shopping, heavy gardening, yoga or lifting weights.",
                "Regular activity may help with constipation and bloating; a short walk after a meal is an easy start.",
            ],
        ),
        axis(
            "Alcohol",
            "Alcohol",
            "You drink no alcohol, or keep within the low-risk guideline of 14 units a week.",
            &[
                "Keep to 14 units a week or less: about 6 pints of average-strength beer or 6 medium glasses of wine.",
                "If you drink, spread it over 3 or more days, and have several drink-free days each week.",
                "If cutting down is hard, your GP or a local alcohol service can help. If you are pregnant or trying to be, the safest choice is no alcohol.",
            ],
        ),
        axis(
            "Smoking",
            "Smoking",
            "You do not smoke: one of the best things you can do for your health.",
            &[
                "Stopping smoking is one of the best things you can do for your health, and you are up to 3 times as likely to quit with support.",
                "Ask your GP or pharmacist about free stop-smoking services and the treatments that help you quit.",
                "Smoking is linked to more severe psoriasis, slower healing of the skin and a higher risk of Crohn's disease.",
            ],
        ),
    ],
    // Privacy on a shared device and inside another site's page.
    cta_destination: "Opens {host} in a new tab",
    answers_expired: "Answers saved on this device more than {minutes} minutes ago were removed.",
    same_origin_title: "The quiz cannot run inside this page",
    same_origin_body: "This page is part of the quiz’s own website, so it could read your answers. Please open the quiz from your clinic’s website or on its own.",
};
