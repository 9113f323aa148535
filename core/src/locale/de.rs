//! Deutsch.

use super::{axis, q, Dir, Locale};

pub static DE: Locale = Locale {
    lang: "de",
    name: "Deutsch",
    dir: Dir::Ltr,
    language_label: "Sprache",
    app_name: "Gut–Skin Check",

    intro_title: "Wie gut tut dein Lebensstil deinem Darm – und deiner Haut?",
    intro_lead: "Die Forschung deutet darauf hin, dass Darm und Haut zusammenhängen: Was du isst, wie du schläfst und wie gestresst du bist, kann beide beeinflussen. \
        Beantworte 27 kurze Fragen und sieh, welche Gewohnheiten dir schon helfen und wo du am besten anfängst.",
    intro_points: [
        "Dauert etwa 3 Minuten, ein Tippen pro Frage.",
        "Deine Antworten verlassen dieses Gerät nie: Nichts wird gesendet oder anderswo gespeichert.",
        "Ein Bild deiner Lebensgewohnheiten, keine Diagnose.",
    ],
    audience: "Für Erwachsene (ab 18 Jahren). Der Test ersetzt nicht den Rat deines eigenen Behandlungsteams, wenn du schwanger bist oder stillst, \
        eine diagnostizierte Darmerkrankung hast (etwa Morbus Crohn, Colitis ulcerosa, Zöliakie oder ein Reizdarmsyndrom in ärztlicher Behandlung), \
        ein geschwächtes Immunsystem hast, dir ärztlich geraten wurde, deine Trinkmenge zu begrenzen, oder du eine Essstörung hattest: \
        Frag stattdessen deine Hausärztin oder deinen Hausarzt, deine Hebamme, dein fachärztliches Team oder eine qualifizierte Ernährungsfachkraft.",
    start: "Test starten",
    resume: "Weitermachen, wo ich war",
    start_over: "Neu beginnen",

    progress_text: "Frage {n} von {total}",
    diet: "Ernährung",
    habits: "Alltag",
    gut: "Dein Darm",
    skin: "Deine Haut",
    health: "Gesundheit",
    choose_all: "Wähle alles, was zutrifft.",
    back: "Zurück",
    next: "Weiter",
    see_result: "Mein Ergebnis ansehen",
    missing_text: "Bitte beantworte „{question}“, um weiterzumachen.",

    result_title: "Dein Darm-Haut-Lebensstilprofil",
    result_lead: "Jede Achse ist ein Lebensstilfaktor mit 0 bis 100 Punkten. Je weiter außen, desto näher an den Empfehlungen des britischen Gesundheitsdienstes NHS \
        oder, bei fermentierten Lebensmitteln und pflanzlicher Vielfalt, an dem, was erste Forschungsergebnisse nahelegen.",
    chart_title: "Netzdiagramm deiner Punktzahlen",
    scores_text: "Punkte von 100:",
    table_caption: "Deine Punktzahlen (0–100, höher heißt näher an dem, was empfohlen wird)",
    factor: "Faktor",
    score: "Punkte",
    rating: "Einschätzung",
    good: "Gut",
    fair: "Mittel",
    needs_attention: "Braucht Aufmerksamkeit",
    strengths_title: "Das hilft dir schon",
    no_strengths: "Noch ist kein Faktor stark – die Schritte oben sind ein guter Anfang.",
    focus_title: "Lebensstilfaktoren, an denen du arbeiten kannst",
    no_focus: "Kein Lebensstilfaktor fällt als schwach auf.",
    gut_title: "Signale deines Darms",
    gut_notes: [
        "Bei häufigem Blähbauch können auch die Empfehlungen der britischen Gesundheitsbehörde NICE zum Reizdarmsyndrom helfen: regelmäßige Mahlzeiten ohne Hektik, \
        weniger kohlensäurehaltige Getränke, weniger Alkohol und Koffein und ein Blick auf die Art deiner Ballaststoffe: weniger unlösliche Ballaststoffe wie Kleie, \
        während Haferflocken oder Leinsamen helfen können. \
        Hast du oft einen Blähbauch, hat dieser Rat Vorrang vor dem allgemeinen Rat auf dieser Seite, mehr Vollkorn und Obst zu essen. \
        Hast du 3 Wochen oder länger an den meisten Tagen einen Blähbauch, geh zu deiner Hausärztin oder deinem Hausarzt.",
        "Bei hartem oder seltenem Stuhlgang empfiehlt der britische Gesundheitsdienst NHS, die Ballaststoffe nach und nach zu steigern, viel zu trinken und dich mehr zu bewegen. \
        Hilft das nicht, frag in der Apotheke oder in deiner Hausarztpraxis nach. Ist es neu für dich und hält es schon 3 Wochen oder länger an, geh zu deiner Hausärztin oder deinem Hausarzt.",
        "Ist dein Stuhl meistens dünn, sollte das ärztlich abgeklärt werden: Vereinbare einen Termin in deiner Hausarztpraxis \
        (ist er wässrig oder hast du öfter als 3-mal am Tag Stuhlgang, folge dem Rat oben auf dieser Seite). \
        Hast du seit 3 Wochen oder länger öfter als 3-mal am Tag Stuhlgang und ist das neu für dich, geh zu deiner Hausärztin oder deinem Hausarzt. Ist dir außerdem schwindelig oder musst du seltener Wasser lassen als sonst, \
        hol dir heute noch Rat in deiner Hausarztpraxis oder beim ärztlichen Bereitschaftsdienst (in Deutschland 116 117).",
        "Deine Antworten beschreiben einen regelmäßigen, beschwerdefreien Stuhlgang.",
    ],
    skin_title: "Deine Haut",
    skin_concerns_label: "Was du genannt hast",
    skin_no_concerns: "Du hast kein Hautproblem genannt.",
    skin_notes: [
        "Du hast angegeben, dass Pickel oder Schübe manchmal oder oft mit hormonellen Veränderungen kommen, etwa vor der Periode. \
        Deine Hausärztin oder dein Hausarzt kann dich zu Behandlungen gegen Akne beraten, auch zu einigen, die auf die Hormone wirken.",
        "Deine Haut beeinträchtigt deinen Alltag ziemlich. Du musst nicht zuerst Änderungen im Lebensstil ausprobieren: \
        Deine Hausärztin oder dein Hausarzt kann dir schon jetzt eine Behandlung anbieten oder dich an eine Hautärztin oder einen Hautarzt überweisen. \
        Die britische Gesundheitsbehörde NICE rät zur Überweisung, wenn Akne Narben hinterlässt.",
        "Hauterkrankungen können auf die Stimmung schlagen. Wenn dich deine Haut belastet, sag es deiner Hausärztin oder deinem Hausarzt: \
        Es gibt Hilfe für deine Haut und für deine Stimmung. Wenn du jemals das Gefühl hast, du könntest dir etwas antun, ruf jederzeit den Notruf (in Europa 112), \
        den ärztlichen Bereitschaftsdienst (in Deutschland 116 117) oder ein Krisentelefon in deinem Land an – in Deutschland zum Beispiel kostenlos die Telefonseelsorge unter 0800 111 0 111.",
    ],
    red_flag_title: "Bitte geh zum Arzt",
    red_flag_body: "Einige deiner Antworten sind Anzeichen, die ärztlich abgeklärt werden müssen – ganz unabhängig von deinen Punktzahlen. \
        Fang mit der dringendsten Gruppe unten an.",
    red_flag_body_shared: "Einige der Antworten in diesem Link sind Anzeichen, die ärztlich abgeklärt werden müssen – ganz unabhängig von den Punktzahlen. \
        Fang mit der dringendsten Gruppe unten an.",
    tier_titles: ["Jetzt Hilfe holen", "Heute noch Rat holen", "Bald in die Hausarztpraxis"],
    tier_bodies: [
        "Passiert es gerade, ruf sofort den Notruf (in Europa 112) oder geh in die Notaufnahme. Hat es aufgehört, hol dir trotzdem heute noch Rat: \
        Ruf deine Hausarztpraxis oder den ärztlichen Bereitschaftsdienst an (in Deutschland 116 117).",
        "Bitte deine Hausarztpraxis um einen dringenden Termin noch heute oder ruf den ärztlichen Bereitschaftsdienst an (in Deutschland 116 117). \
        Fühlst du dich sehr krank, einer Ohnmacht nahe oder verwirrt, oder wird es schnell schlimmer, ruf den Notruf (in Europa 112).",
        "Vereinbare einen Termin in deiner Hausarztpraxis. Warte nicht ab, ob es von selbst weggeht. \
        Wird es schlimmer oder fühlst du dich sehr krank, ruf den ärztlichen Bereitschaftsdienst an (in Deutschland 116 117).",
    ],
    gut_patterns: [
        "Meistens wässriger Stuhl",
        "Dünner Stuhl öfter als 3-mal am Tag",
        "Blähbauch an den meisten Tagen, mit hartem, seltenem oder dünnem Stuhl",
    ],
    red_flag_scores_note: "Deine Lebensstil-Punktzahlen stehen unten. Sie können die Anzeichen oben weder erklären noch ausschließen.",
    gut_after_alert: "Sobald eine Ärztin oder ein Arzt die Anzeichen oben auf dieser Seite abgeklärt hat, kann dir das helfen:",
    consult_not_instead: "Ein Beratungstermin hier ersetzt nicht die Hinweise oben auf dieser Seite.",
    antibiotics_title: "Antibiotika",
    antibiotics_recent: "Du hast in den letzten 3 Monaten Antibiotika genommen. Sie können deinen Darm eine Zeit lang durcheinanderbringen, zum Beispiel mit Durchfall. \
        Wenn dir Antibiotika verschrieben werden, auch längere Behandlungen gegen Akne, nimm sie genau wie verordnet \
        und setz sie nicht vorzeitig ab, ohne vorher deine Ärztin, deinen Arzt oder die Apotheke zu fragen. \
        Bekommst du während der Einnahme oder in den Wochen danach wässrigen Durchfall, vor allem mit Bauchschmerzen oder Fieber, \
        wende dich an deine Hausarztpraxis oder den ärztlichen Bereitschaftsdienst (in Deutschland 116 117).",
    antibiotics_colds: "Antibiotika wirken nicht gegen Erkältungen, Grippe oder die meisten Arten von Husten – du musst also nicht danach fragen.",
    evidence: [
        "Beruht auf Empfehlungen von NHS oder NICE (Großbritannien)",
        "Gestützt durch Übersichtsarbeiten der Forschung",
        "Erste Forschungsergebnisse: noch nicht gesichert",
    ],
    taken_on: "Ausgefüllt am {date}",
    older_title: "Mit einer früheren Version dieses Tests erstellt",
    older_body: "Dieses Ergebnis stammt aus einer früheren Version des Tests, in der einige Fragen anders gestellt wurden.",
    older_estimated: "Aus den früheren Antworten geschätzt:",
    older_not_asked: "Damals nicht gefragt: muskelkräftigende Aktivität, wie sich deine Haut auf deine Stimmung auswirkt, und mehrere Warnzeichen \
        (etwa ein Knoten im Bauch, gelbe Haut oder Augen oder ein sich veränderndes Muttermal). Dieses Ergebnis kann daher nicht zeigen, dass nichts abgeklärt werden muss.",
    consult_title: "Beratungstermin vereinbaren",
    consult_body: "Besprich dein Ergebnis mit deiner Hausärztin oder deinem Hausarzt, einer Hautärztin oder einem Hautarzt oder einer qualifizierten Ernährungsfachkraft, \
        vor allem bevor du Nahrungsergänzungsmittel wie Probiotika nimmst.",
    consult_action: "Termin vereinbaren",
    disclaimer: "Dieser Test beschreibt Lebensstilfaktoren, die die Forschung mit der Gesundheit von Darm und Haut in Verbindung bringt. \
        Er ist keine Diagnose und keine medizinische Beratung und ersetzt keinen Arztbesuch.",

    shared_badge: "Geteiltes Ergebnis",
    shared_title: "Ein geteiltes Darm-Haut-Profil",
    shared_lead: "Dieses Ergebnis wurde über einen Link geöffnet. Es zeigt die Antworten so, wie sie beim Erstellen des Links waren; um es anzuzeigen, wurde nichts an einen Server gesendet.",
    shared_not_clinic: "Diesen Link hat die Person erstellt, die ihn dir geschickt hat: Die auf dieser Seite genannte Praxis hat ihn weder erstellt noch geprüft.",
    take_quiz_yourself: "Selbst den Test machen",
    retake_compare: "Wiederholen und vergleichen",
    compare_title: "Dein Darm-Haut-Profil, vorher und jetzt",
    compare_lead: "Die gestrichelte Form zeigt die früheren Antworten, die durchgezogene deine jetzigen. Je weiter außen, desto näher an dem, was empfohlen wird.",
    earlier: "Vorher",
    now: "Jetzt",
    change: "Änderung",
    legend_earlier: "Vorher (gestrichelt, eckige Punkte)",
    legend_now: "Jetzt (durchgezogen, runde Punkte)",
    share_title: "Ergebnis teilen oder aufbewahren",
    share_warning: "Dieser Link enthält deine Antworten. Teile ihn nur mit Menschen, denen du vertraust.",
    link_label: "Link zum Ergebnis",
    share_button: "Link teilen",
    copied: "Link kopiert. Füge ihn in eine Nachricht oder Notiz ein.",
    copy_by_hand: "Kopieren geht hier nicht automatisch: Der Link ist oben markiert, kopiere ihn von dort.",
    download_chart: "Diagramm herunterladen",
    print: "Drucken oder als PDF speichern",
    qr_label: "QR-Code des Ergebnislinks",
    qr_caption: "Scannen, um dieses Ergebnis auf einem anderen Gerät zu öffnen.",
    all_answers_title: "Alle Antworten",
    link_problem_title: "Dieser Ergebnislink lässt sich nicht öffnen",
    link_empty: "Der Link enthält kein Ergebnis: Der Teil nach „#r=“ fehlt.",
    link_truncated: "Der Link ist unvollständig: Beim Kopieren oder Senden wurde wohl ein Teil abgeschnitten.",
    link_altered: "Der Link wurde verändert oder beschädigt und würde ein falsches Ergebnis zeigen.",
    link_newer: "Der Link stammt aus einer neueren Version dieses Tests als der auf dieser Seite.",
    link_not_ours: "Das ist kein Ergebnislink von Gut–Skin Check.",
    link_problem_offer: "Lass dir den Link noch einmal schicken oder mach den Test selbst: Er dauert etwa 3 Minuten.",
    stays_here: "Deine Antworten bleiben auf diesem Gerät. Nichts wird gesendet.",
    clear_answers: "Meine Antworten löschen",
    cleared: "Deine Antworten wurden von dieser Seite und aus ihrem Verlauf gelöscht.",
    crash_title: "Etwas ist schiefgelaufen",
    crash_body: "Der Test wurde durch einen Fehler auf dieser Seite angehalten. Deine Antworten wurden nirgendwohin gesendet. Lade die Seite neu, um neu zu beginnen.",
    reload: "Neu laden",

    questions: [
        q(
            "Wie viele Portionen Gemüse und Obst isst du an einem normalen Tag?",
            "Eine Portion sind etwa 80 g: ungefähr eine Handvoll Obst oder 3 gehäufte Esslöffel Gemüse. \
            Kartoffeln zählen nicht; Saft oder Smoothies zählen höchstens einmal am Tag.",
            &["0 bis 2", "3 oder 4", "5 oder 6", "7 oder mehr"],
        ),
        q(
            "Wie viele verschiedene pflanzliche Lebensmittel isst du in einer normalen Woche?",
            "Zähle jede Sorte Gemüse, Obst, Getreide, Hülsenfrucht, Nuss, Samen und Kraut einmal. \
            Ein offizielles Ziel gibt es nicht; manche Forschende schlagen 30 pro Woche vor.",
            &["Weniger als 10", "10 bis 19", "20 bis 29", "30 oder mehr"],
        ),
        q(
            "Wie oft isst du Vollkorn oder Hülsenfrüchte?",
            "Zum Beispiel Haferflocken, Naturreis, Vollkornbrot, Bohnen, Linsen oder Kichererbsen.",
            &["Selten", "Ein paarmal pro Woche", "Etwa einmal am Tag", "Zu den meisten Mahlzeiten"],
        ),
        q(
            "Wie oft isst du fermentierte Lebensmittel?",
            "Zum Beispiel Naturjoghurt, Kefir, Sauerkraut (fermentierter Kohl), Kimchi oder Miso.",
            &["Selten oder nie", "Ein- oder zweimal pro Woche", "3- bis 6-mal pro Woche", "Jeden Tag"],
        ),
        q(
            "Wie oft isst du stark verarbeitete Lebensmittel oder Fast Food?",
            "Zum Beispiel Fertiggerichte, Essen zum Mitnehmen, abgepackte Snacks oder Wurstwaren.",
            &["Selten", "1- bis 3-mal pro Woche", "4- bis 6-mal pro Woche", "Jeden Tag"],
        ),
        q(
            "Wie oft trinkst du gesüßte Getränke oder isst Süßigkeiten oder Desserts?",
            "",
            &["Selten", "Ein paarmal pro Woche", "Etwa einmal am Tag", "Mehrmals am Tag"],
        ),
        q(
            "Wie oft isst du Lebensmittel mit gesunden Fetten?",
            "Zum Beispiel fetten Seefisch, Nüsse, Samen, Olivenöl oder Avocado.",
            &["Selten", "Ein- oder zweimal pro Woche", "3- bis 6-mal pro Woche", "Jeden Tag"],
        ),
        q(
            "Wie viele Tassen oder Gläser trinkst du an einem normalen Tag, Alkohol nicht mitgerechnet?",
            "Wasser, fettarme Milch, Tee, Kaffee und zuckerfreie Getränke zählen alle mit. Ein Glas sind etwa 200 bis 250 ml.",
            &["Weniger als 4", "4 oder 5", "6 bis 8", "Mehr als 8"],
        ),
        q(
            "Wie oft hast du dich im letzten Monat gestresst oder unter Druck gefühlt?",
            "",
            &["Fast nie", "Ab und zu", "Oft", "Fast die ganze Zeit"],
        ),
        q(
            "Wie oft nimmst du dir Zeit für etwas, das dich beruhigt?",
            "Zum Beispiel langsames Atmen, Meditation, ein Hobby, Zeit draußen oder mit Freunden.",
            &["Selten", "Etwa einmal pro Woche", "Ein paarmal pro Woche", "Jeden Tag"],
        ),
        q(
            "Wie viele Stunden schläfst du normalerweise pro Nacht?",
            "",
            &["Weniger als 6 Stunden", "6 Stunden oder mehr, aber weniger als 7", "7 bis 9 Stunden", "Mehr als 9 Stunden"],
        ),
        q(
            "Wie oft wachst du erholt auf?",
            "",
            &["Fast nie", "Manchmal", "An den meisten Morgen", "Fast jeden Morgen"],
        ),
        q(
            "Wie viele Minuten bist du in einer normalen Woche so aktiv, dass du schneller atmest?",
            "Zähle jede Minute zügiges Gehen, Radfahren oder Tanzen als 1 Minute und jede Minute Joggen, schnelles Schwimmen oder Sport als 2. \
            Kurze Einheiten zählen mit.",
            &["Weniger als 30 Minuten", "30 bis 74 Minuten", "75 bis 149 Minuten", "150 Minuten oder mehr"],
        ),
        q(
            "An wie vielen Tagen pro Woche machst du etwas, das deine Muskeln richtig fordert?",
            "Zum Beispiel Gewichte heben, Liegestütze, schwere Gartenarbeit, schwere Einkäufe tragen oder Yoga.",
            &["An keinem Tag", "An 1 Tag", "An 2 Tagen oder mehr"],
        ),
        q(
            "Wie viele Einheiten Alkohol (je 10 ml reiner Alkohol) trinkst du in einer normalen Woche?",
            "Eine Einheit sind 10 ml reiner Alkohol, so viel wie in einem einfachen Schnaps (25 ml). \
            Ein großes Bier normaler Stärke (0,5 l, etwa 5 %) hat etwa 2,5 Einheiten, ein großes starkes Bier (0,5 l, etwa 6 %) etwa 3, \
            ein Glas Wein (175 ml) etwa 2,3, eine Flasche Wein (0,75 l) etwa 10.",
            &["Keine", "1 bis 6 Einheiten", "7 bis 14 Einheiten", "15 bis 35 Einheiten", "Mehr als 35 Einheiten"],
        ),
        q(
            "Rauchst du?",
            "Zigaretten, Drehtabak, Zigarren, Pfeife oder Shisha (Wasserpfeife). E-Zigaretten (Dampfen) zählen hier nicht mit.",
            &["Ich habe nie geraucht", "Früher ja, ich habe aufgehört", "Ja, ab und zu", "Ja, jeden Tag"],
        ),
        q(
            "Wie oft hast du einen Blähbauch oder Bauchbeschwerden?",
            "",
            &["Selten oder nie", "Etwa einmal pro Woche", "Mehrmals pro Woche", "An den meisten Tagen"],
        ),
        q(
            "Wie oft hast du normalerweise Stuhlgang?",
            "",
            &["Seltener als 3-mal pro Woche", "3- bis 6-mal pro Woche", "1- bis 3-mal am Tag", "Öfter als 3-mal am Tag"],
        ),
        q(
            "Wie ist dein Stuhl meistens?",
            "Wähle die Beschreibung, die am ehesten passt.",
            &[
                "Harte Klümpchen, schwer auszuscheiden",
                "Fest, aber klumpig, etwas mühsam",
                "Glatt und weich, leicht auszuscheiden",
                "Breiige Stücke ohne klare Form",
                "Wässrig, ohne feste Stücke",
            ],
        ),
        q(
            "Welche Hautprobleme hast du im Moment?",
            "",
            &[
                "Akne oder Pickel",
                "Ekzem (juckende, entzündete Stellen)",
                "Rosazea (Rötungen oder anfallsartige Gesichtsrötung, „Flush“)",
                "Schuppenflechte (dicke, schuppige Stellen)",
                "Trockenheit oder Reizungen",
                "Nichts davon",
            ],
        ),
        q(
            "Wie sehr stört dich deine Haut im Alltag?",
            "",
            &["Gar nicht", "Ein wenig", "Ziemlich", "Sehr"],
        ),
        q(
            "Fühlst du dich wegen deiner Haut niedergeschlagen, ängstlich oder unsicher?",
            "",
            &["Nein", "Manchmal", "Oft"],
        ),
        q(
            "Kommen Pickel oder Schübe mit hormonellen Veränderungen?",
            "Zum Beispiel in den Tagen vor der Periode oder beim Wechsel der Verhütung.",
            &["Ja, deutlich", "Manchmal", "Nein", "Weiß nicht, oder betrifft mich nicht"],
        ),
        q(
            "Wann hast du zuletzt Antibiotika genommen?",
            "Zähle auch Behandlungen gegen Akne oder eine andere Hauterkrankung mit.",
            &["In den letzten 3 Monaten", "Vor 3 bis 12 Monaten", "Vor über einem Jahr oder nie"],
        ),
        q(
            "Hattest du in den letzten Wochen etwas davon?",
            "",
            &[
                "Erbrechen von Blut oder von etwas, das wie Kaffeesatz aussieht",
                "Starke Blutung aus dem After oder eine Blutung, die nicht aufhört",
                "Blut im Stuhl oder aus dem After, oder schwarzer, klebriger Stuhl",
                "Eine für dich ungewöhnliche Veränderung beim Stuhlgang (dünner, härter, häufiger oder seltener) \
                oder oft das Gefühl, noch zur Toilette zu müssen, obwohl du gerade warst – seit 3 Wochen oder länger",
                "Ein Knoten oder eine Schwellung im Bauch",
                "Blähbauch an den meisten Tagen, seit 3 Wochen oder länger",
                "Schluckbeschwerden oder das Gefühl, dass Essen stecken bleibt",
                "Nichts davon",
            ],
        ),
        q(
            "Und hattest du etwas hiervon?",
            "",
            &[
                "Gewichtsverlust, ohne es zu wollen",
                "Müdigkeit ohne klaren Grund, oder eine festgestellte Blutarmut (Anämie, oft durch Eisenmangel)",
                "Gelbe Haut oder gelbliches Weiß in den Augen",
                "Plötzliche, starke Bauchschmerzen oder Schmerzen, wenn du auf deinen Bauch drückst",
                "Bauchschmerzen, die immer wiederkommen",
                "Stuhlgang oder Winde gehen nicht ab, mit geschwollenem Bauch oder Erbrechen",
                "Erbrechen seit mehr als 2 Tagen, oder du kannst keine Flüssigkeit bei dir behalten",
                "Nichts davon",
            ],
        ),
        q(
            "Ist dir etwas davon an deiner Haut oder deinen Augen aufgefallen?",
            "",
            &[
                "Ein neues Muttermal oder ein Muttermal, das sich in Größe, Form oder Farbe verändert hat oder das juckt, verkrustet oder blutet",
                "Eine wunde Stelle oder ein Pickel, nach 4 Wochen noch nicht abgeheilt",
                "Ein Ausschlag, der nicht blasser wird, wenn du ein Glas daraufdrückst, oder Haut, die großflächig Blasen bildet oder sich ablöst",
                "Ein ausgedehnter Ausschlag mit Fieber",
                "Ein Ekzem, das schnell schlimmer wird, schmerzt, nässt oder Blasen bildet oder mit Fieber einhergeht",
                "Schuppenflechte mit schmerzenden, geschwollenen oder steifen Gelenken",
                "Rosazea mit einem schmerzenden Auge, lichtempfindlichen Augen oder verschwommenem oder schlechterem Sehen",
                "Nichts davon",
            ],
        ),
    ],
    axes: [
        axis(
            "Pflanzen",
            "Pflanzenkost & Ballaststoffe",
            "Du isst regelmäßig Gemüse, Obst und Vollkorn; der britische Gesundheitsdienst NHS empfiehlt mindestens 5 Portionen Gemüse und Obst am Tag.",
            &[
                "Steigere dich auf mindestens 5 Portionen Gemüse und Obst am Tag, eine Portion nach der anderen.",
                "Wähle Vollkornbrot, Vollkornnudeln und Naturreis und gib Bohnen, Linsen oder Kichererbsen zu deinen Mahlzeiten. \
                Steigere die Ballaststoffe nach und nach und trink viel, damit sie keine Blähungen und keinen Blähbauch machen.",
                "Probier jede Woche etwas Neues: ein Gemüse, ein Getreide, eine Hülsenfrucht, Nüsse oder Samen. \
                Die Forschung deutet darauf hin, dass eine abwechslungsreiche Ernährung mit vielfältigeren Darmbakterien einhergehen kann.",
            ],
        ),
        axis(
            "Fermentiertes",
            "Fermentierte Lebensmittel",
            "Fermentierte Lebensmittel wie Joghurt oder Kefir gehören regelmäßig zu deiner Ernährung.",
            &[
                "Wenn sie dir schmecken, probier ein paarmal pro Woche eine kleine Portion eines fermentierten Lebensmittels wie Naturjoghurt, Kefir, Sauerkraut oder Kimchi. \
                Die Forschung zu ihrer Wirkung auf den Darm steht noch am Anfang.",
                "Fang mit einer kleinen Menge an und steigere sie langsam; wähle Sorten mit wenig Salz und zugesetztem Zucker, \
                wie es der britische Gesundheitsdienst NHS für alle Lebensmittel rät.",
                "Es gibt kaum Belege, dass Probiotika als Nahrungsergänzung gesunden Menschen helfen, und keine Belege, dass sie Ekzeme behandeln (NHS). \
                Wenn du eins ausprobieren möchtest, frag vorher in der Apotheke oder in deiner Hausarztpraxis, vor allem wenn dein Immunsystem geschwächt ist.",
            ],
        ),
        axis(
            "Zucker",
            "Verarbeitetes & zugesetzter Zucker",
            "Du isst wenig stark Verarbeitetes und wenig zugesetzten Zucker, im Einklang mit den Ernährungsempfehlungen des britischen Gesundheitsdienstes NHS.",
            &[
                "Ersetze jeden Tag eine verarbeitete Mahlzeit oder einen Snack durch etwas aus unverarbeiteten Zutaten.",
                "Trink statt gesüßter Getränke Wasser, zuckerfreie Getränke oder ungesüßten Tee.",
                "Halte Obst, ungesalzene Nüsse oder Naturjoghurt bereit, wenn du Lust auf einen Snack hast.",
            ],
        ),
        axis(
            "Fette",
            "Gesunde Fette",
            "Du isst gesunde Fette wie fetten Fisch, Nüsse oder Olivenöl, wie es der britische Gesundheitsdienst NHS empfiehlt.",
            &[
                "Iss möglichst 2 Portionen Fisch pro Woche, davon eine von einem fetten Fisch wie Lachs, Sardinen oder Makrele.",
                "Koch mit wenig Pflanzen- oder Olivenöl statt mit Butter oder Schmalz.",
                "Eine kleine Handvoll ungesalzene Nüsse oder Samen ist ein guter Snack. Die Forschung zu Omega-3-Fetten und Hauterkrankungen ist noch begrenzt.",
            ],
        ),
        axis(
            "Getränke",
            "Getränke (Flüssigkeit)",
            "Du trinkst 6 oder mehr Gläser am Tag; der britische Gesundheitsdienst NHS empfiehlt 6 bis 8.",
            &[
                "Trink möglichst 6 bis 8 Tassen oder Gläser am Tag: Wasser, fettarme Milch, Tee, Kaffee und zuckerfreie Getränke zählen alle mit.",
                "Stell dir ein Glas oder eine Flasche Wasser in Reichweite und trink zu jeder Mahlzeit etwas.",
                "Trink mehr bei heißem Wetter und beim Sport. Hat dir eine Ärztin oder ein Arzt geraten, deine Trinkmenge zu begrenzen, halte dich stattdessen daran.",
            ],
        ),
        axis(
            "Stress",
            "Stressbalance",
            "Du hast deinen Stress im Griff und nimmst dir Zeit zum Abschalten.",
            &[
                "Nimm dir täglich zehn Minuten für etwas Beruhigendes: langsames Atmen, Meditation, ein Hobby oder Zeit draußen.",
                "Achte darauf, was dich stresst, und plane dort eine kleine Änderung.",
                "Wenn dich Stress oder Sorgen über Wochen überfordern, sprich mit deiner Hausärztin oder deinem Hausarzt – es gibt Hilfe.",
            ],
        ),
        axis(
            "Schlaf",
            "Schlaf",
            "Dein Schlaf liegt nahe an der Empfehlung: Laut dem britischen Gesundheitsdienst NHS brauchen die meisten Erwachsenen 6 bis 9 Stunden pro Nacht.",
            &[
                "Geh regelmäßig zur gleichen Zeit schlafen und steh zur gleichen Zeit auf, auch am Wochenende.",
                "Leg Bildschirme eine Stunde vor dem Schlafen weg und halte das Schlafzimmer dunkel, ruhig und kühl.",
                "Verzichte spät am Tag auf Koffein und spätabends auf große Mahlzeiten oder Alkohol.",
            ],
        ),
        axis(
            "Bewegung",
            "Körperliche Aktivität",
            "Du bist regelmäßig aktiv und trainierst deine Muskeln; der britische Gesundheitsdienst NHS empfiehlt 150 Minuten pro Woche plus Kräftigungsübungen an 2 Tagen.",
            &[
                "Steigere dich auf 150 Minuten mäßige Bewegung pro Woche, etwa zügiges Gehen oder Radfahren, oder 75 Minuten intensive Bewegung wie Joggen. \
                Kurze Einheiten zählen mit.",
                "Mach an 2 Tagen pro Woche etwas, das deine Muskeln fordert: schwere Einkäufe tragen, schwere Gartenarbeit, Yoga oder Gewichte heben.",
                "Regelmäßige Bewegung kann bei Verstopfung und Blähbauch helfen; ein kurzer Spaziergang nach dem Essen ist ein leichter Anfang.",
            ],
        ),
        axis(
            "Alkohol",
            "Alkohol",
            "Du trinkst keinen Alkohol oder bleibst innerhalb der britischen Empfehlung für risikoarmes Trinken von höchstens 14 Einheiten pro Woche.",
            &[
                "Bleib bei höchstens 14 Einheiten pro Woche, der britischen Empfehlung für risikoarmes Trinken: \
                das sind etwa 5 bis 6 große Bier normaler Stärke (je 0,5 l) oder 6 mittlere Gläser Wein (je 175 ml).",
                "Wenn du trinkst, verteil es auf 3 oder mehr Tage und halte jede Woche mehrere Tage alkoholfrei.",
                "Fällt dir das Reduzieren schwer, können deine Hausarztpraxis oder eine Suchtberatungsstelle in deiner Nähe helfen. \
                Wenn du schwanger bist oder es werden möchtest, ist kein Alkohol die sicherste Wahl.",
            ],
        ),
        axis(
            "Rauchen",
            "Rauchen",
            "Du rauchst nicht: eines der besten Dinge, die du für deine Gesundheit tun kannst.",
            &[
                "Mit dem Rauchen aufzuhören ist eines der besten Dinge, die du für deine Gesundheit tun kannst, \
                und mit Unterstützung ist deine Chance, es zu schaffen, bis zu 3-mal so hoch.",
                "Frag in deiner Hausarztpraxis oder Apotheke nach Unterstützung beim Rauchstopp (es gibt auch kostenlose Angebote) \
                und nach Behandlungen, die beim Aufhören helfen.",
                "Rauchen hängt mit schwererer Schuppenflechte, langsamerer Heilung der Haut und einem höheren Risiko für Morbus Crohn zusammen.",
            ],
        ),
    ],
    // Privacy on a shared device and inside another site's page.
    cta_destination: "Öffnet {host} in einem neuen Tab",
    answers_expired: "Antworten, die vor mehr als {minutes} Minuten auf diesem Gerät gespeichert wurden, wurden gelöscht.",
    same_origin_title: "Der Test kann in dieser Seite nicht laufen",
    same_origin_body: "Diese Seite gehört zur eigenen Website des Tests und könnte deshalb deine Antworten lesen. Bitte öffne den Test über die Website deiner Praxis oder für sich allein.",
};
