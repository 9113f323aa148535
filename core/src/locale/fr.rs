//! Français.

use super::{axis, q, Dir, Locale};

pub static FR: Locale = Locale {
    lang: "fr",
    name: "Français",
    dir: Dir::Ltr,
    language_label: "Langue",
    app_name: "Gut–Skin Check",

    intro_title: "Votre mode de vie fait-il du bien à votre intestin… et à votre peau ?",
    intro_lead: "La recherche suggère que l’intestin et la peau sont liés : ce que vous mangez, votre sommeil et votre stress pourraient influer sur les deux. \
        Répondez à 27 questions courtes et voyez quelles habitudes vous aident déjà et par où commencer.",
    intro_points: [
        "Environ 3 minutes, un geste par question.",
        "Vos réponses ne quittent jamais cet appareil : rien n’est envoyé ni enregistré ailleurs.",
        "Un aperçu de vos habitudes de vie, pas un diagnostic.",
    ],
    audience: "Ce questionnaire s’adresse aux adultes (18 ans et plus). Il ne remplace pas les conseils de l’équipe qui vous suit si vous êtes enceinte ou allaitez, \
        si vous avez une maladie intestinale diagnostiquée (comme la maladie de Crohn, la rectocolite hémorragique, la maladie cœliaque, \
        ou un syndrome de l’intestin irritable suivi par un médecin), si votre système immunitaire est affaibli, \
        si l’on vous a demandé de limiter la quantité de liquides que vous buvez, ou si vous avez eu un trouble du comportement alimentaire : \
        demandez plutôt conseil à votre médecin, votre sage-femme, votre équipe spécialisée ou un(e) diététicien(ne) diplômé(e).",
    start: "Commencer le questionnaire",
    resume: "Reprendre là où j’en étais",
    start_over: "Recommencer",

    progress_text: "Question {n} sur {total}",
    diet: "Alimentation",
    habits: "Habitudes",
    gut: "Votre intestin",
    skin: "Votre peau",
    health: "Santé",
    choose_all: "Choisissez toutes les réponses qui s’appliquent.",
    back: "Retour",
    next: "Suivant",
    see_result: "Voir mon résultat",
    missing_text: "Merci de répondre à « {question} » pour continuer.",

    result_title: "Votre profil intestin–peau",
    result_lead: "Chaque branche est un facteur de mode de vie, noté de 0 à 100. Plus c’est loin du centre, plus c’est proche des recommandations du NHS britannique \
        ou, pour les aliments fermentés et la variété des végétaux, de ce que suggèrent les premières recherches.",
    chart_title: "Graphique radar de vos scores",
    scores_text: "Scores sur 100 :",
    table_caption: "Vos scores (0–100 ; plus c’est haut, plus c’est proche de ce qui est recommandé)",
    factor: "Facteur",
    score: "Score",
    rating: "Appréciation",
    good: "Bien",
    fair: "Moyen",
    needs_attention: "À améliorer",
    strengths_title: "Ce qui vous aide déjà",
    no_strengths: "Aucun facteur n’est encore un point fort : les étapes ci-dessus sont un bon début.",
    focus_title: "Facteurs de mode de vie à travailler",
    no_focus: "Aucun facteur de mode de vie ne ressort comme faible.",
    gut_title: "Les signaux de votre intestin",
    gut_notes: [
        "En cas de ballonnements fréquents, les conseils du NICE britannique pour le syndrome de l’intestin irritable peuvent aussi aider : \
        des repas réguliers pris sans se presser, moins de boissons gazeuses, moins d’alcool et de caféine, \
        et un regard sur le type de fibres que vous mangez (moins de fibres insolubles comme le son ; l’avoine ou les graines de lin peuvent aider). \
        Si vous êtes souvent ballonné(e), ces conseils passent avant le conseil général de cette page de manger plus de céréales complètes et de fruits. \
        Si vous vous sentez ballonné(e) presque tous les jours pendant 3 semaines ou plus, consultez un médecin généraliste.",
        "En cas de selles dures ou peu fréquentes, le NHS britannique suggère d’ajouter des fibres progressivement, de boire beaucoup et de bouger davantage. \
        Si cela ne suffit pas, demandez conseil à un pharmacien ou à un médecin généraliste. \
        Si c’est nouveau pour vous et que cela dure depuis 3 semaines ou plus, consultez un médecin généraliste.",
        "Des selles molles la plupart du temps doivent être vérifiées par un médecin généraliste : prenez rendez-vous \
        (si elles sont liquides, ou si vous y allez plus de 3 fois par jour, suivez les conseils donnés en haut de cette page). \
        Si vous allez à la selle plus de 3 fois par jour depuis 3 semaines ou plus et que c’est nouveau pour vous, \
        consultez un médecin généraliste. \
        Si vous avez aussi des vertiges ou urinez moins que d’habitude, demandez un avis aujourd’hui à votre médecin ou au médecin de garde.",
        "Vos réponses décrivent un transit régulier et confortable.",
    ],
    skin_title: "Votre peau",
    skin_concerns_label: "Ce que vous avez indiqué",
    skin_no_concerns: "Vous n’avez indiqué aucun problème de peau.",
    skin_notes: [
        "Vous avez indiqué que vos boutons ou vos poussées suivent parfois ou souvent des changements hormonaux, par exemple avant les règles. \
        Un médecin généraliste peut vous expliquer les traitements de l’acné, y compris certains qui agissent sur les hormones.",
        "Votre peau pèse assez sur votre quotidien. Vous n’avez pas besoin d’essayer d’abord de changer vos habitudes : \
        un médecin généraliste peut vous proposer un traitement dès maintenant ou vous orienter vers un dermatologue. \
        Le NICE britannique conseille d’orienter vers un spécialiste si l’acné laisse des cicatrices.",
        "Les problèmes de peau peuvent jouer sur l’humeur. Si votre peau vous mine le moral, parlez-en à votre médecin : \
        il existe de l’aide pour votre peau comme pour votre moral. \
        Si vous avez un jour l’impression que vous pourriez vous faire du mal, appelez à tout moment le numéro d’urgence \
        (le 15 en France, le 112 dans l’UE) ou une ligne d’écoute de votre pays (en France, le 3114, numéro national de prévention du suicide, \
        gratuit, 24 h/24).",
    ],
    red_flag_title: "Consultez un médecin",
    red_flag_body: "Certaines de vos réponses sont des signes qu’un médecin doit examiner, quels que soient vos scores de mode de vie. \
        Commencez par le groupe le plus urgent ci-dessous.",
    red_flag_body_shared: "Certaines des réponses de ce lien sont des signes qu’un médecin doit examiner, quels que soient les scores de mode de vie. \
        Commencez par le groupe le plus urgent ci-dessous.",
    tier_titles: ["Demandez de l’aide tout de suite", "Demandez un avis médical aujourd’hui", "Consultez bientôt un médecin"],
    tier_bodies: [
        "Si cela se produit en ce moment, appelez le numéro d’urgence (le 15 en France, le 112 dans l’UE) ou allez aux urgences tout de suite. \
        Si cela s’est arrêté, demandez quand même un avis aujourd’hui : appelez votre médecin ou le médecin de garde.",
        "Demandez aujourd’hui un rendez-vous en urgence à votre médecin, ou appelez le médecin de garde. \
        Si vous vous sentez très mal, sur le point de vous évanouir ou confus(e), ou si cela s’aggrave rapidement, \
        appelez le numéro d’urgence (le 15 en France, le 112 dans l’UE).",
        "Prenez rendez-vous avec un médecin généraliste. N’attendez pas de voir si cela passe. \
        Si cela s’aggrave ou si vous vous sentez très mal, appelez le médecin de garde.",
    ],
    gut_patterns: [
        "Des selles liquides la plupart du temps",
        "Des selles très molles, plus de 3 fois par jour",
        "Des ballonnements presque tous les jours, avec des selles dures, peu fréquentes ou molles",
    ],
    red_flag_scores_note: "Vos scores de mode de vie figurent ci-dessous. Ils ne peuvent ni expliquer ni écarter les signes ci-dessus.",
    gut_after_alert: "Une fois qu’un médecin aura vérifié les signes indiqués en haut de cette page, ces conseils pourront vous aider :",
    consult_not_instead: "Une consultation prise ici ne remplace pas les conseils donnés en haut de cette page.",
    antibiotics_title: "Antibiotiques",
    antibiotics_recent: "Vous avez pris des antibiotiques au cours des 3 derniers mois. Ils peuvent dérégler votre intestin pendant un temps, \
        par exemple avec une diarrhée. Si l’on vous prescrit des antibiotiques, y compris des traitements longs contre l’acné, prenez-les exactement comme prescrit \
        et ne les arrêtez pas plus tôt sans demander l’avis de votre médecin ou de votre pharmacien. \
        Si vous avez une diarrhée liquide pendant un traitement antibiotique ou dans les semaines qui suivent, \
        surtout avec des douleurs au ventre ou de la fièvre, contactez votre médecin ou le médecin de garde.",
    antibiotics_colds: "Les antibiotiques n’agissent pas contre le rhume, la grippe ni la plupart des toux : inutile d’en demander dans ces cas-là.",
    evidence: [
        "Fondé sur les recommandations britanniques (NHS ou NICE)",
        "Appuyé par des synthèses d’études",
        "Recherches préliminaires : rien de certain pour l’instant",
    ],
    taken_on: "Réalisé le {date}",
    older_title: "Obtenu avec une version antérieure de ce questionnaire",
    older_body: "Ce résultat a été obtenu avec une version antérieure du questionnaire, qui posait certaines questions différemment.",
    older_estimated: "Estimé à partir des réponses d’alors :",
    older_not_asked: "Pas encore demandé à l’époque : le renforcement musculaire, l’effet de votre peau sur votre moral, et plusieurs signes d’alerte \
        (comme une grosseur dans le ventre, une peau ou des yeux jaunes, ou un grain de beauté qui évolue) : \
        ce résultat ne peut donc pas montrer qu’il n’y a rien à faire vérifier.",
    consult_title: "Prendre rendez-vous",
    consult_body: "Parlez de votre résultat avec votre médecin généraliste, un dermatologue ou un(e) diététicien(ne) diplômé(e), \
        surtout avant de prendre des compléments comme les probiotiques.",
    consult_action: "Prendre rendez-vous",
    disclaimer: "Ce questionnaire décrit des facteurs de mode de vie que la recherche associe à la santé de l’intestin et de la peau. Ce n’est ni un diagnostic ni un avis médical, \
        et il ne remplace pas une consultation.",

    shared_badge: "Résultat partagé",
    shared_title: "Un profil intestin–peau partagé",
    shared_lead: "Ce résultat a été ouvert depuis un lien. Il montre les réponses telles qu’elles étaient à la création du lien ; rien n’a été envoyé à un serveur pour l’afficher.",
    shared_not_clinic: "Ce lien a été créé par la personne qui vous l’a envoyé : le cabinet indiqué sur cette page ne l’a ni créé ni vérifié.",
    take_quiz_yourself: "Faire le questionnaire moi-même",
    retake_compare: "Refaire et comparer",
    compare_title: "Votre profil intestin–peau, avant et maintenant",
    compare_lead: "La forme en pointillés montre les réponses d’avant, la forme pleine vos réponses actuelles. Plus c’est loin du centre, plus c’est proche de ce qui est recommandé.",
    earlier: "Avant",
    now: "Maintenant",
    change: "Évolution",
    legend_earlier: "Avant (pointillés, points carrés)",
    legend_now: "Maintenant (trait plein, points ronds)",
    share_title: "Partager ou garder votre résultat",
    share_warning: "Ce lien contient vos réponses. Ne le partagez qu’avec des personnes de confiance.",
    link_label: "Lien du résultat",
    share_button: "Partager le lien",
    copied: "Lien copié. Collez-le dans un message ou une note.",
    copy_by_hand: "La copie automatique n’est pas possible ici : le lien est sélectionné ci-dessus, copiez-le depuis là.",
    download_chart: "Télécharger le graphique",
    print: "Imprimer ou enregistrer en PDF",
    qr_label: "Code QR du lien du résultat",
    qr_caption: "Scannez-le pour ouvrir ce résultat sur un autre appareil.",
    all_answers_title: "Toutes les réponses",
    link_problem_title: "Impossible d’ouvrir ce lien",
    link_empty: "Le lien ne contient aucun résultat : la partie après « #r= » manque.",
    link_truncated: "Le lien est incomplet : une partie a sans doute été coupée lors de la copie ou de l’envoi.",
    link_altered: "Le lien a été modifié ou abîmé : il afficherait un résultat faux.",
    link_newer: "Le lien a été créé avec une version plus récente de ce questionnaire que celle de cette page.",
    link_not_ours: "Ce n’est pas un lien de résultat Gut–Skin Check.",
    link_problem_offer: "Redemandez le lien ou faites le questionnaire vous-même : cela prend environ 3 minutes.",
    stays_here: "Vos réponses restent sur cet appareil. Rien n’est envoyé.",
    clear_answers: "Effacer mes réponses",
    cleared: "Vos réponses ont été effacées de cette page et de son historique.",
    crash_title: "Un problème est survenu",
    crash_body: "Le questionnaire s’est arrêté à cause d’une erreur sur cette page. Vos réponses n’ont été envoyées nulle part. Rechargez la page pour recommencer.",
    reload: "Recharger",

    questions: [
        q(
            "Combien de portions de légumes et de fruits mangez-vous un jour habituel ?",
            "Une portion fait environ 80 g : à peu près une poignée de fruits, ou 3 cuillères à soupe bombées de légumes. \
            Les pommes de terre ne comptent pas ; les jus ou smoothies comptent une fois par jour au maximum.",
            &["De 0 à 2", "3 ou 4", "5 ou 6", "7 ou plus"],
        ),
        q(
            "Combien d’aliments végétaux différents mangez-vous dans une semaine habituelle ?",
            "Comptez une fois chaque légume, fruit, céréale, légumineuse, noix, graine et herbe. \
            Il n’y a pas d’objectif officiel ; certains chercheurs suggèrent 30 par semaine.",
            &["Moins de 10", "De 10 à 19", "De 20 à 29", "30 ou plus"],
        ),
        q(
            "À quelle fréquence mangez-vous des céréales complètes ou des légumineuses ?",
            "Par exemple flocons d’avoine, riz complet, pain complet, haricots, lentilles ou pois chiches.",
            &["Rarement", "Quelques fois par semaine", "Environ une fois par jour", "À la plupart des repas"],
        ),
        q(
            "À quelle fréquence mangez-vous des aliments fermentés ?",
            "Par exemple yaourt nature, kéfir, choucroute (chou fermenté), kimchi ou miso.",
            &["Rarement ou jamais", "Une ou deux fois par semaine", "3 à 6 fois par semaine", "Tous les jours"],
        ),
        q(
            "À quelle fréquence mangez-vous des plats industriels ou de la restauration rapide ?",
            "Par exemple plats tout prêts, repas à emporter, snacks emballés ou charcuterie.",
            &["Rarement", "1 à 3 fois par semaine", "4 à 6 fois par semaine", "Tous les jours"],
        ),
        q(
            "À quelle fréquence prenez-vous des boissons sucrées, des sucreries ou des desserts ?",
            "",
            &["Rarement", "Quelques fois par semaine", "Environ une fois par jour", "Plusieurs fois par jour"],
        ),
        q(
            "À quelle fréquence mangez-vous des aliments riches en bonnes graisses ?",
            "Par exemple poissons gras, noix, graines, huile d’olive ou avocat.",
            &["Rarement", "Une ou deux fois par semaine", "3 à 6 fois par semaine", "Tous les jours"],
        ),
        q(
            "Combien de tasses ou de verres de boissons buvez-vous un jour habituel, sans compter l’alcool ?",
            "L’eau, le lait demi-écrémé ou écrémé, le thé, le café et les boissons sans sucre comptent tous. Un verre fait environ 200 à 250 ml.",
            &["Moins de 4", "4 ou 5", "De 6 à 8", "Plus de 8"],
        ),
        q(
            "Au cours du dernier mois, à quelle fréquence vous êtes-vous senti(e) stressé(e) ou sous pression ?",
            "",
            &["Presque jamais", "De temps en temps", "Souvent", "Presque tout le temps"],
        ),
        q(
            "À quelle fréquence prenez-vous du temps pour une activité qui vous apaise ?",
            "Par exemple respiration lente, méditation, un loisir, du temps dehors ou avec des amis.",
            &["Rarement", "Environ une fois par semaine", "Quelques fois par semaine", "Tous les jours"],
        ),
        q(
            "Combien d’heures dormez-vous habituellement par nuit ?",
            "",
            &["Moins de 6 heures", "6 heures ou plus, mais moins de 7", "De 7 à 9 heures", "Plus de 9 heures"],
        ),
        q(
            "À quelle fréquence vous réveillez-vous reposé(e) ?",
            "",
            &["Presque jamais", "Parfois", "La plupart des matins", "Presque tous les matins"],
        ),
        q(
            "Dans une semaine habituelle, pendant combien de minutes êtes-vous assez actif ou active pour respirer plus vite ?",
            "Comptez chaque minute de marche rapide, de vélo ou de danse comme 1 minute, \
            et chaque minute de course à pied, de nage rapide ou de sport comme 2. Les courtes séances comptent.",
            &["Moins de 30 minutes", "De 30 à 74 minutes", "De 75 à 149 minutes", "150 minutes ou plus"],
        ),
        q(
            "Combien de jours par semaine faites-vous quelque chose qui fait travailler vos muscles de façon intense ?",
            "Par exemple soulever des poids, faire des pompes, du jardinage intense ou du yoga, porter de lourdes courses.",
            &["Aucun", "1 jour", "2 jours ou plus"],
        ),
        q(
            "Combien d’unités d’alcool buvez-vous dans une semaine habituelle ?",
            "Une unité correspond à 10 ml d’alcool pur, comme une dose de 25 ml d’alcool fort. \
            Une pinte (568 ml) de bière de force moyenne fait environ 2,3 unités, une pinte de bière blonde forte environ 3, \
            un verre de vin de 175 ml environ 2,3, une bouteille de vin environ 10.",
            &["Aucune", "De 1 à 6 unités", "De 7 à 14 unités", "De 15 à 35 unités", "Plus de 35 unités"],
        ),
        q(
            "Fumez-vous ?",
            "Cigarettes, tabac à rouler, cigares, pipe ou chicha (narguilé). La cigarette électronique (vapotage) n’est pas comptée ici.",
            &["Je n’ai jamais fumé", "J’ai fumé, mais j’ai arrêté", "Oui, de temps en temps", "Oui, tous les jours"],
        ),
        q(
            "À quelle fréquence avez-vous des ballonnements ou des maux de ventre ?",
            "",
            &["Rarement ou jamais", "Environ une fois par semaine", "Plusieurs fois par semaine", "Presque tous les jours"],
        ),
        q(
            "À quelle fréquence allez-vous habituellement à la selle ?",
            "",
            &["Moins de 3 fois par semaine", "3 à 6 fois par semaine", "1 à 3 fois par jour", "Plus de 3 fois par jour"],
        ),
        q(
            "À quoi ressemblent vos selles la plupart du temps ?",
            "Choisissez la description la plus proche de l’habitude.",
            &[
                "Petites boules dures, difficiles à évacuer",
                "Fermes mais bosselées, un peu d’effort",
                "Lisses et molles, faciles à évacuer",
                "Morceaux pâteux, sans forme nette",
                "Liquides, sans morceaux solides",
            ],
        ),
        q(
            "Quels problèmes de peau avez-vous en ce moment ?",
            "",
            &[
                "Acné ou boutons",
                "Eczéma (plaques qui démangent et s’enflamment)",
                "Rosacée (rougeurs ou bouffées de rougeur au visage)",
                "Psoriasis (plaques épaisses qui pèlent)",
                "Sécheresse ou irritation",
                "Aucun de ceux-ci",
            ],
        ),
        q(
            "À quel point votre peau vous gêne-t-elle au quotidien ?",
            "",
            &["Pas du tout", "Un peu", "Assez", "Beaucoup"],
        ),
        q(
            "Votre peau vous donne-t-elle le moral bas, de l’anxiété ou des complexes ?",
            "",
            &["Non", "Parfois", "Souvent"],
        ),
        q(
            "Les boutons ou les poussées suivent-ils des changements hormonaux ?",
            "Par exemple dans les jours avant les règles ou lors d’un changement de contraception.",
            &["Oui, nettement", "Parfois", "Non", "Je ne sais pas, ou ça ne me concerne pas"],
        ),
        q(
            "Quand avez-vous pris des antibiotiques pour la dernière fois ?",
            "Comptez aussi les traitements contre l’acné ou une autre maladie de peau.",
            &["Au cours des 3 derniers mois", "Il y a 3 à 12 mois", "Il y a plus d’un an, ou jamais"],
        ),
        q(
            "Ces dernières semaines, avez-vous eu l’un de ces signes ?",
            "",
            &[
                "Des vomissements de sang, ou qui ressemblent à du marc de café",
                "Un saignement abondant par l’anus, ou un saignement qui ne s’arrête pas",
                "Du sang dans les selles ou par l’anus, ou des selles noires et poisseuses",
                "Un changement inhabituel de vos selles (plus molles, plus dures, plus ou moins fréquentes), \
                ou une envie fréquente d’aller à la selle même juste après y être allé(e), depuis 3 semaines ou plus",
                "Une grosseur ou un gonflement dans le ventre",
                "Des ballonnements presque tous les jours depuis 3 semaines ou plus",
                "Des difficultés à avaler, ou la sensation que les aliments restent coincés",
                "Rien de tout cela",
            ],
        ),
        q(
            "Et avez-vous eu l’un de ces signes ?",
            "",
            &[
                "Une perte de poids sans le vouloir",
                "Une fatigue sans raison claire, ou une anémie (souvent due à un manque de fer) qu’on vous a signalée",
                "Une peau jaune, ou le blanc des yeux jaune",
                "Une douleur au ventre soudaine et intense, ou une douleur quand vous appuyez sur le ventre",
                "Des douleurs au ventre qui reviennent sans cesse",
                "Une impossibilité d’aller à la selle ou d’évacuer des gaz, avec un ventre gonflé ou des vomissements",
                "Des vomissements depuis plus de 2 jours, ou l’impossibilité de garder les liquides",
                "Rien de tout cela",
            ],
        ),
        q(
            "Avez-vous remarqué l’un de ces signes sur votre peau ou vos yeux ?",
            "",
            &[
                "Un nouveau grain de beauté, ou un grain de beauté qui a changé de taille, de forme ou de couleur, ou qui démange, forme une croûte ou saigne",
                "Une plaie ou un bouton qui n’a pas guéri au bout de 4 semaines",
                "Une éruption qui ne s’efface pas quand vous appuyez un verre dessus, ou une peau qui fait des cloques ou pèle sur une grande surface",
                "Une éruption étendue avec de la fièvre",
                "Un eczéma qui s’aggrave rapidement, devient douloureux, suinte ou fait des cloques, ou s’accompagne de fièvre",
                "Un psoriasis avec des articulations douloureuses, gonflées ou raides",
                "Une rosacée avec un œil douloureux, des yeux sensibles à la lumière, ou une vision floue ou qui baisse",
                "Rien de tout cela",
            ],
        ),
    ],
    axes: [
        axis(
            "Végétaux",
            "Végétaux et fibres",
            "Vous mangez régulièrement des légumes, des fruits et des céréales complètes ; le NHS britannique recommande au moins 5 portions de légumes et de fruits par jour.",
            &[
                "Allez peu à peu vers au moins 5 portions de légumes et de fruits par jour, en ajoutant une portion à la fois.",
                "Choisissez pain, pâtes et riz complets, et ajoutez haricots, lentilles ou pois chiches à vos repas. \
                Augmentez les fibres progressivement et buvez beaucoup, pour qu’elles ne donnent ni gaz ni ballonnements.",
                "Essayez chaque semaine un nouveau légume, une nouvelle céréale, légumineuse, noix ou graine. \
                La recherche suggère qu’une alimentation variée pourrait aller de pair avec des bactéries intestinales plus variées.",
            ],
        ),
        axis(
            "Fermentés",
            "Aliments fermentés",
            "Les aliments fermentés comme le yaourt ou le kéfir font régulièrement partie de votre alimentation.",
            &[
                "Si vous les aimez, essayez quelques fois par semaine une petite portion d’un aliment fermenté comme le yaourt nature, le kéfir, \
                la choucroute ou le kimchi. La recherche sur leur effet sur l’intestin n’en est qu’à ses débuts.",
                "Commencez par une petite quantité et augmentez peu à peu ; \
                choisissez-les peu salés et pauvres en sucres ajoutés, comme le NHS britannique le conseille pour tous les aliments.",
                "Il y a peu de preuves que les compléments probiotiques aident les personnes en bonne santé, \
                et aucune preuve qu’ils traitent l’eczéma (NHS britannique). \
                Si vous voulez en essayer un, demandez d’abord conseil à un pharmacien ou à un médecin, \
                surtout si votre système immunitaire est affaibli.",
            ],
        ),
        axis(
            "Sucre",
            "Produits transformés et sucre ajouté",
            "Vous consommez peu de produits transformés et de sucre ajouté, conformément aux conseils d’alimentation saine du NHS britannique.",
            &[
                "Remplacez chaque jour un repas ou un en-cas industriel par un plat préparé avec des produits bruts.",
                "Remplacez les boissons sucrées par de l’eau, des boissons sans sucre ou du thé non sucré.",
                "Gardez à portée de main des fruits, des noix non salées ou un yaourt nature pour les petits creux.",
            ],
        ),
        axis(
            "Graisses",
            "Bonnes graisses",
            "Vous consommez de bonnes graisses (poisson gras, noix, huile d’olive…), comme le recommande le NHS britannique.",
            &[
                "Visez 2 portions de poisson par semaine, dont une de poisson gras comme le saumon, les sardines ou le maquereau.",
                "Cuisinez avec un peu d’huile végétale ou d’huile d’olive plutôt qu’avec du beurre ou du saindoux.",
                "Une petite poignée de noix ou de graines non salées est un bon en-cas. \
                La recherche sur les oméga-3 et les maladies de peau reste limitée.",
            ],
        ),
        axis(
            "Boissons",
            "Boissons (hydratation)",
            "Vous buvez 6 verres ou plus par jour ; le NHS britannique en recommande 6 à 8.",
            &[
                "Visez 6 à 8 tasses ou verres de liquide par jour : l’eau, le lait demi-écrémé ou écrémé, le thé, le café \
                et les boissons sans sucre comptent tous.",
                "Gardez un verre ou une bouteille d’eau à portée de main, et buvez quelque chose à chaque repas.",
                "Buvez davantage quand il fait chaud et quand vous faites du sport. \
                Si un médecin vous a demandé de limiter les liquides, suivez plutôt ses conseils.",
            ],
        ),
        axis(
            "Stress",
            "Équilibre face au stress",
            "Vous gardez le stress sous contrôle et prenez du temps pour vous détendre.",
            &[
                "Prenez dix minutes par jour pour quelque chose d’apaisant : respiration lente, méditation, un loisir ou du temps dehors.",
                "Repérez ce qui fait monter votre stress et prévoyez un petit changement à cet endroit.",
                "Si le stress ou l’inquiétude vous submerge pendant des semaines, parlez-en à votre médecin : de l’aide existe.",
            ],
        ),
        axis(
            "Sommeil",
            "Sommeil",
            "Votre sommeil est proche de ce qui est recommandé : selon le NHS britannique, la plupart des adultes ont besoin de 6 à 9 heures par nuit.",
            &[
                "Gardez des heures de coucher et de lever régulières, même le week-end.",
                "Posez les écrans une heure avant de dormir et gardez la chambre sombre, calme et fraîche.",
                "Évitez la caféine en fin de journée, ainsi que les repas copieux ou l’alcool tard le soir.",
            ],
        ),
        axis(
            "Activité",
            "Activité physique",
            "Vous êtes régulièrement actif ou active et faites travailler vos muscles ; le repère du NHS britannique est de \
            150 minutes par semaine, plus des exercices de renforcement musculaire 2 jours par semaine.",
            &[
                "Augmentez peu à peu jusqu’à 150 minutes d’activité modérée par semaine, comme la marche rapide ou le vélo, \
                ou 75 minutes d’activité intense comme la course à pied. Les courtes séances comptent.",
                "Deux jours par semaine, faites quelque chose qui fait travailler vos muscles : porter de lourdes courses, \
                du jardinage intense, du yoga ou soulever des poids.",
                "Une activité régulière peut aider en cas de constipation et de ballonnements ; \
                une courte marche après le repas est un début facile.",
            ],
        ),
        axis(
            "Alcool",
            "Alcool",
            "Vous ne buvez pas d’alcool, ou vous ne dépassez pas le repère britannique à faible risque de 14 unités par semaine.",
            &[
                "Ne dépassez pas 14 unités par semaine, le repère à faible risque du Royaume-Uni : \
                environ 6 pintes de bière de force moyenne ou 6 verres de vin moyens (175 ml).",
                "Si vous buvez, répartissez votre consommation sur 3 jours ou plus, et gardez plusieurs jours sans alcool chaque semaine.",
                "Si vous avez du mal à réduire, votre médecin ou un service d’aide en alcoologie près de chez vous peut vous aider. \
                Si vous êtes enceinte ou essayez de l’être, le choix le plus sûr est de ne pas boire d’alcool du tout.",
            ],
        ),
        axis(
            "Tabac",
            "Tabac",
            "Vous ne fumez pas : c’est l’une des meilleures choses que vous puissiez faire pour votre santé.",
            &[
                "Arrêter de fumer est l’une des meilleures choses que vous puissiez faire pour votre santé, \
                et vous avez jusqu’à 3 fois plus de chances d’y arriver avec un accompagnement.",
                "Demandez à votre médecin ou à votre pharmacien quels services d’aide à l’arrêt du tabac existent, souvent gratuits, \
                et quels traitements aident à arrêter.",
                "Le tabac est associé à un psoriasis plus sévère, à une cicatrisation plus lente de la peau \
                et à un risque plus élevé de maladie de Crohn.",
            ],
        ),
    ],
    // Privacy on a shared device and inside another site's page.
    cta_destination: "Ouvre {host} dans un nouvel onglet",
    answers_expired: "Les réponses enregistrées sur cet appareil il y a plus de {minutes} minutes ont été effacées.",
    same_origin_title: "Le questionnaire ne peut pas fonctionner dans cette page",
    same_origin_body: "Cette page fait partie du site du questionnaire lui-même : elle pourrait donc lire vos réponses. Ouvrez le questionnaire depuis le site de votre cabinet ou seul.",
};
