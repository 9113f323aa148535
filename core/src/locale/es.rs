//! Español.

use super::{axis, q, Dir, Locale};

pub static ES: Locale = Locale {
    lang: "es",
    name: "Español",
    dir: Dir::Ltr,
    language_label: "Idioma",
    app_name: "Gut–Skin Check",

    intro_title: "¿Cómo trata tu estilo de vida a tu intestino… y a tu piel?",
    intro_lead: "Las investigaciones sugieren que el intestino y la piel están conectados: lo que comes, cómo duermes y cuánto estrés tienes pueden influir en ambos. \
        Responde 27 preguntas breves y descubre qué hábitos ya te ayudan y cuáles conviene mejorar primero.",
    intro_points: [
        "Unos 3 minutos, un toque por pregunta.",
        "Tus respuestas nunca salen de este dispositivo: no se envían ni se guardan en ningún otro sitio.",
        "Una imagen de tus hábitos, no un diagnóstico.",
    ],
    audience: "Para personas adultas (18 años o más). No sustituye los consejos de tu propio equipo sanitario si estás embarazada o dando el pecho, \
        tienes diagnosticada una enfermedad intestinal (como la enfermedad de Crohn, la colitis ulcerosa, la celiaquía o un síndrome del intestino irritable en seguimiento médico), \
        tienes el sistema inmunitario debilitado (las defensas bajas), te han dicho que limites la cantidad de líquido que bebes o has tenido un trastorno de la conducta alimentaria: \
        en esos casos, consulta a tu médico de cabecera, tu matrona, tu equipo especialista o un dietista-nutricionista titulado.",
    start: "Empezar el test",
    resume: "Seguir donde lo dejé",
    start_over: "Volver a empezar",

    progress_text: "Pregunta {n} de {total}",
    diet: "Alimentación",
    habits: "Hábitos diarios",
    gut: "Tu intestino",
    skin: "Tu piel",
    health: "Salud",
    choose_all: "Elige todas las que correspondan.",
    back: "Atrás",
    next: "Siguiente",
    see_result: "Ver mi resultado",
    missing_text: "Responde a «{question}» para continuar.",

    result_title: "Tu perfil de estilo de vida intestino–piel",
    result_lead: "Cada eje es un factor de estilo de vida, puntuado de 0 a 100. Cuanto más hacia fuera, más cerca de las recomendaciones del NHS británico o, en los alimentos fermentados y la variedad de vegetales, de lo que sugieren las primeras investigaciones.",
    chart_title: "Gráfico de radar de tus puntuaciones",
    scores_text: "Puntuaciones sobre 100:",
    table_caption: "Tus puntuaciones (0–100; cuanto más alta, más cerca de lo recomendado)",
    factor: "Factor",
    score: "Puntos",
    rating: "Valoración",
    good: "Bien",
    fair: "Regular",
    needs_attention: "Necesita atención",
    strengths_title: "Lo que ya te ayuda",
    no_strengths: "Ningún factor destaca todavía; los pasos de arriba son un buen punto de partida.",
    focus_title: "Factores de estilo de vida que mejorar",
    no_focus: "Ningún factor de estilo de vida destaca como débil.",
    gut_title: "Señales de tu intestino",
    gut_notes: [
        "Para la hinchazón frecuente, también pueden ayudarte los consejos de las guías británicas NICE para el síndrome del intestino irritable: \
        hacer comidas regulares y sin prisas, tomar menos bebidas con gas, menos alcohol y menos cafeína, \
        y fijarte en el tipo de fibra que comes: menos fibra insoluble, como el salvado, mientras que la avena o las semillas de lino pueden ayudar. \
        Si sueles notar hinchazón, esto va antes que el consejo general de esta página de comer más cereales integrales y fruta. \
        Si notas hinchazón casi todos los días durante 3 semanas o más, ve a tu médico de cabecera.",
        "Para las heces duras o poco frecuentes, el NHS británico sugiere añadir fibra poco a poco, beber bastante líquido y moverte más. \
        Si no te ayuda, pregunta en la farmacia o a tu médico de cabecera. Si es algo nuevo para ti y dura ya 3 semanas o más, ve a tu médico de cabecera.",
        "Tener heces sueltas la mayor parte del tiempo es algo que tiene que revisar tu médico de cabecera: pide cita (si son líquidas, o vas más de 3 veces al día, \
        sigue los consejos del principio de esta página). Si llevas 3 semanas o más haciendo de vientre más de 3 veces al día \
        y es algo nuevo para ti, ve a tu médico de cabecera. \
        Si además te mareas u orinas menos de lo habitual, pide consejo médico hoy mismo en la consulta de tu médico de cabecera o al servicio de atención médica urgente de tu zona.",
        "Tus respuestas describen un ritmo intestinal regular y sin molestias.",
    ],
    skin_title: "Tu piel",
    skin_concerns_label: "Lo que nos has contado",
    skin_no_concerns: "No has indicado ningún problema de piel.",
    skin_notes: [
        "Has indicado que los brotes aparecen a veces o a menudo con cambios hormonales, por ejemplo antes de la regla. \
        Tu médico de cabecera puede explicarte los tratamientos para el acné, incluidos algunos que actúan sobre las hormonas.",
        "Tu piel afecta bastante a tu día a día. No hace falta que pruebes antes a cambiar tus hábitos: \
        tu médico de cabecera puede ofrecerte tratamiento ya o derivarte a un dermatólogo. Las guías británicas NICE aconsejan la derivación si el acné está dejando cicatrices.",
        "Los problemas de piel pueden afectar a cómo te sientes. Si tu piel te está desanimando, díselo a tu médico de cabecera: hay ayuda para tu piel y para tu estado de ánimo. \
        Si alguna vez sientes que podrías hacerte daño, llama al número de emergencias (el 112 en la UE), pide ayuda urgente de salud mental al servicio de atención médica urgente de tu zona \
        o llama a una línea de atención en crisis de tu país (en España, el 024, gratuito), a cualquier hora.",
    ],
    red_flag_title: "Consulta a un médico",
    red_flag_body: "Algunas de tus respuestas son señales que un médico tiene que revisar, sean cuales sean tus puntuaciones de estilo de vida. \
        Empieza por el grupo más urgente de los que aparecen abajo.",
    red_flag_body_shared: "Algunas de las respuestas de este enlace son señales que un médico tiene que revisar, sean cuales sean las puntuaciones de estilo de vida. \
        Empieza por el grupo más urgente de los que aparecen abajo.",
    tier_titles: ["Pide ayuda ahora", "Pide consejo médico hoy", "Ve pronto a tu médico"],
    tier_bodies: [
        "Si está pasando ahora, llama ya al número de emergencias (el 112 en la UE) o ve a urgencias. Si ya ha parado, pide igualmente consejo médico hoy: \
        llama a la consulta de tu médico de cabecera o al servicio de atención médica urgente de tu zona.",
        "Pide hoy mismo una cita urgente en la consulta de tu médico de cabecera, o llama al servicio de atención médica urgente de tu zona. \
        Si te encuentras muy mal, sientes que te vas a desmayar o tienes confusión, o empeora rápidamente, llama al número de emergencias (el 112 en la UE).",
        "Pide cita con tu médico de cabecera. No esperes a ver si se pasa solo. \
        Si empeora o te encuentras muy mal, llama al servicio de atención médica urgente de tu zona.",
    ],
    gut_patterns: [
        "Heces líquidas la mayor parte del tiempo",
        "Heces sueltas más de 3 veces al día",
        "Hinchazón casi todos los días, con heces duras, poco frecuentes o sueltas",
    ],
    red_flag_scores_note: "Tus puntuaciones de estilo de vida están más abajo. No pueden explicar ni descartar las señales de arriba.",
    gut_after_alert: "Cuando un médico haya revisado las señales que aparecen al principio de esta página, esto puede ayudarte:",
    consult_not_instead: "Una consulta aquí no sustituye los consejos que aparecen al principio de esta página.",
    antibiotics_title: "Antibióticos",
    antibiotics_recent: "Has tomado antibióticos en los últimos 3 meses. Pueden alterar tu intestino durante un tiempo, por ejemplo con diarrea. \
        Si te recetan antibióticos, incluidos los tratamientos más largos para el acné, tómalos exactamente como te los hayan recetado \
        y no los dejes antes de tiempo sin consultarlo con tu médico o farmacéutico. \
        Si tienes diarrea líquida mientras tomas antibióticos o en las semanas siguientes, sobre todo con dolor de tripa o fiebre, \
        ponte en contacto con tu médico de cabecera o con el servicio de atención médica urgente de tu zona.",
    antibiotics_colds: "Los antibióticos no sirven para los resfriados, la gripe ni la mayoría de las toses, así que no hace falta pedirlos para eso.",
    evidence: [
        "Basado en las guías oficiales británicas (NHS o NICE)",
        "Respaldado por revisiones de estudios",
        "Investigación preliminar: aún no es seguro",
    ],
    taken_on: "Realizado el {date}",
    older_title: "Hecho con una versión anterior de este test",
    older_body: "Este resultado se hizo con una versión anterior del test, que formulaba algunas preguntas de otra manera.",
    older_estimated: "Estimado a partir de las respuestas anteriores:",
    older_not_asked: "Entonces no se preguntaba por: la actividad para fortalecer los músculos, cómo afecta tu piel a tu estado de ánimo y varias de las señales de alarma \
        (como un bulto en la tripa, la piel o los ojos amarillos, o un lunar que cambia), así que este resultado no puede mostrar que no haya nada que revisar.",
    consult_title: "Pide una consulta",
    consult_body: "Comenta tu resultado con tu médico de cabecera, un dermatólogo o un dietista-nutricionista titulado, \
        sobre todo antes de empezar a tomar suplementos como los probióticos.",
    consult_action: "Pedir una consulta",
    disclaimer: "Este test describe factores de estilo de vida que la investigación relaciona con la salud intestinal y de la piel. No es un diagnóstico ni un consejo médico, \
        y no sustituye la visita a un médico.",

    shared_badge: "Resultado compartido",
    shared_title: "Un perfil intestino–piel compartido",
    shared_lead: "Este resultado se ha abierto desde un enlace. Muestra las respuestas tal como estaban al crear el enlace; para mostrarlo no se ha enviado nada a ningún servidor.",
    shared_not_clinic: "Este enlace lo ha creado quien te lo ha enviado: la clínica que aparece en esta página no lo ha creado ni revisado.",
    take_quiz_yourself: "Haz el test tú",
    retake_compare: "Repetir y comparar",
    compare_title: "Tu perfil intestino–piel, antes y ahora",
    compare_lead: "La forma discontinua muestra las respuestas anteriores; la continua, las de ahora. Cuanto más hacia fuera, más cerca de lo recomendado.",
    earlier: "Antes",
    now: "Ahora",
    change: "Cambio",
    legend_earlier: "Antes (línea discontinua, puntos cuadrados)",
    legend_now: "Ahora (línea continua, puntos redondos)",
    share_title: "Comparte o guarda tu resultado",
    share_warning: "Este enlace contiene tus respuestas. Compártelo solo con personas de confianza.",
    link_label: "Enlace del resultado",
    share_button: "Compartir enlace",
    copied: "Enlace copiado. Pégalo en un mensaje o en una nota.",
    copy_by_hand: "Aquí no se puede copiar automáticamente: el enlace está seleccionado arriba; cópialo desde ahí.",
    download_chart: "Descargar gráfico",
    print: "Imprimir o guardar en PDF",
    qr_label: "Código QR del enlace del resultado",
    qr_caption: "Escanéalo para abrir este resultado en otro dispositivo.",
    all_answers_title: "Todas las respuestas",
    link_problem_title: "No se puede abrir este enlace",
    link_empty: "El enlace no contiene ningún resultado: falta la parte que va después de «#r=».",
    link_truncated: "El enlace está incompleto: probablemente se cortó una parte al copiarlo o enviarlo.",
    link_altered: "El enlace se ha modificado o dañado, así que mostraría un resultado equivocado.",
    link_newer: "El enlace se creó con una versión más reciente de este test que la de esta página.",
    link_not_ours: "Este enlace no es un resultado de Gut–Skin Check.",
    link_problem_offer: "Pide el enlace de nuevo o haz el test tú: se tarda unos 3 minutos.",
    stays_here: "Tus respuestas se quedan en este dispositivo. No se envía nada.",
    clear_answers: "Borrar mis respuestas",
    cleared: "Tus respuestas se han borrado de esta página y de su historial.",
    crash_title: "Algo ha fallado",
    crash_body: "El test se ha detenido por un error en esta página. Tus respuestas no se han enviado a ningún sitio. Recarga la página para empezar de nuevo.",
    reload: "Recargar",

    questions: [
        q(
            "¿Cuántas raciones de verdura y fruta comes en un día normal?",
            "Una ración son unos 80 g: más o menos un puñado de fruta, o 3 cucharadas colmadas de verdura. \
            Las patatas no cuentan; los zumos o los batidos cuentan como mucho una vez al día.",
            &["De 0 a 2", "3 o 4", "5 o 6", "7 o más"],
        ),
        q(
            "¿Cuántos alimentos vegetales distintos comes en una semana normal?",
            "Cuenta una vez cada verdura, fruta, cereal, legumbre, fruto seco, semilla y hierba. No hay un objetivo oficial; algunos investigadores proponen 30 a la semana.",
            &["Menos de 10", "De 10 a 19", "De 20 a 29", "30 o más"],
        ),
        q(
            "¿Con qué frecuencia comes cereales integrales o legumbres?",
            "Por ejemplo avena, arroz integral, pan integral, alubias, lentejas o garbanzos.",
            &["Rara vez", "Algunas veces por semana", "Más o menos una vez al día", "En casi todas las comidas"],
        ),
        q(
            "¿Con qué frecuencia comes alimentos fermentados?",
            "Por ejemplo yogur natural, kéfir, chucrut (col fermentada), kimchi o miso.",
            &["Rara vez o nunca", "Una o dos veces por semana", "De 3 a 6 veces por semana", "Todos los días"],
        ),
        q(
            "¿Con qué frecuencia comes comida procesada o rápida?",
            "Por ejemplo platos preparados, comida para llevar, snacks envasados o embutidos.",
            &["Rara vez", "De 1 a 3 veces por semana", "De 4 a 6 veces por semana", "Todos los días"],
        ),
        q(
            "¿Con qué frecuencia tomas bebidas azucaradas, dulces o postres?",
            "",
            &["Rara vez", "Algunas veces por semana", "Más o menos una vez al día", "Varias veces al día"],
        ),
        q(
            "¿Con qué frecuencia comes alimentos con grasas saludables?",
            "Por ejemplo pescado azul, frutos secos, semillas, aceite de oliva o aguacate.",
            &["Rara vez", "Una o dos veces por semana", "De 3 a 6 veces por semana", "Todos los días"],
        ),
        q(
            "¿Cuántas tazas o vasos de bebida tomas en un día normal, sin contar el alcohol?",
            "Cuentan el agua, la leche baja en grasa, el té, el café y las bebidas sin azúcar. Un vaso son entre 200 y 250 ml.",
            &["Menos de 4", "4 o 5", "De 6 a 8", "Más de 8"],
        ),
        q(
            "En el último mes, ¿con qué frecuencia te has sentido estresado/a o bajo presión?",
            "",
            &["Casi nunca", "De vez en cuando", "A menudo", "Casi todo el tiempo"],
        ),
        q(
            "¿Con qué frecuencia te dedicas tiempo a algo que te calme?",
            "Por ejemplo respirar despacio, meditar, un pasatiempo, estar al aire libre o con amigos.",
            &["Rara vez", "Más o menos una vez por semana", "Algunas veces por semana", "Todos los días"],
        ),
        q(
            "¿Cuántas horas sueles dormir por la noche?",
            "",
            &["Menos de 6 horas", "6 horas o más, pero menos de 7", "De 7 a 9 horas", "Más de 9 horas"],
        ),
        q(
            "¿Con qué frecuencia te despiertas descansado/a?",
            "",
            &["Casi nunca", "A veces", "La mayoría de las mañanas", "Casi todas las mañanas"],
        ),
        q(
            "En una semana normal, ¿cuántos minutos haces alguna actividad que te haga respirar más rápido?",
            "Cuenta cada minuto de caminar a buen paso, ir en bici o bailar como 1 minuto, y cada minuto de correr, nadar rápido o hacer deporte como 2. Los ratos cortos también cuentan.",
            &["Menos de 30 minutos", "De 30 a 74 minutos", "De 75 a 149 minutos", "150 minutos o más"],
        ),
        q(
            "¿Cuántos días a la semana haces algo que haga trabajar a fondo tus músculos?",
            "Por ejemplo levantar pesas, flexiones, trabajos duros de jardinería, cargar con bolsas de la compra pesadas o yoga.",
            &["Ninguno", "1 día", "2 días o más"],
        ),
        q(
            "¿Cuántas unidades de alcohol bebes en una semana normal?",
            "Aquí una unidad son 10 ml de alcohol puro, como una medida sencilla de 25 ml de licor. Una pinta (568 ml) de cerveza de graduación media son unas 2,3 unidades; \
            una pinta de cerveza fuerte, unas 3; una copa de vino de 175 ml, unas 2,3; una botella de vino, unas 10.",
            &["Ninguna", "De 1 a 6 unidades", "De 7 a 14 unidades", "De 15 a 35 unidades", "Más de 35 unidades"],
        ),
        q(
            "¿Fumas?",
            "Cigarrillos, tabaco de liar, puros, pipa o cachimba (shisha o pipa de agua). El vapeo no cuenta aquí.",
            &["Nunca he fumado", "Fumaba, pero lo dejé", "Sí, de vez en cuando", "Sí, todos los días"],
        ),
        q(
            "¿Con qué frecuencia notas hinchazón o molestias en la tripa?",
            "",
            &["Rara vez o nunca", "Más o menos una vez por semana", "Varias veces por semana", "Casi todos los días"],
        ),
        q(
            "¿Con qué frecuencia sueles ir al baño a hacer de vientre?",
            "",
            &["Menos de 3 veces por semana", "De 3 a 6 veces por semana", "De 1 a 3 veces al día", "Más de 3 veces al día"],
        ),
        q(
            "¿Cómo son tus heces la mayor parte del tiempo?",
            "Elige la descripción que más se parezca a lo habitual.",
            &[
                "Bolitas duras que cuesta expulsar",
                "Firmes pero con bultos, cuesta un poco",
                "Lisas y blandas, salen con facilidad",
                "Trozos pastosos, sin forma definida",
                "Líquidas, sin trozos sólidos",
            ],
        ),
        q(
            "¿Qué problemas de piel tienes ahora mismo?",
            "",
            &[
                "Acné o granitos",
                "Eccema (zonas que pican y se inflaman)",
                "Rosácea (rojez o enrojecimiento repentino en la cara)",
                "Psoriasis (placas gruesas con escamas)",
                "Sequedad o irritación",
                "Ninguno de estos",
            ],
        ),
        q(
            "¿Cuánto te molesta la piel en tu día a día?",
            "",
            &["Nada", "Un poco", "Bastante", "Mucho"],
        ),
        q(
            "¿Tu piel hace que te sientas decaído/a, con ansiedad o acomplejado/a?",
            "",
            &["No", "A veces", "A menudo"],
        ),
        q(
            "¿Los brotes empeoran con los cambios hormonales?",
            "Por ejemplo en los días antes de la regla o al cambiar de anticonceptivo.",
            &["Sí, claramente", "A veces", "No", "No lo sé, o no me afecta"],
        ),
        q(
            "¿Cuándo tomaste antibióticos por última vez?",
            "Incluye los tratamientos para el acné u otro problema de piel.",
            &["En los últimos 3 meses", "Hace entre 3 y 12 meses", "Hace más de un año, o nunca"],
        ),
        q(
            "En las últimas semanas, ¿has tenido algo de esto?",
            "",
            &[
                "Vómitos con sangre, o vómitos que parecen posos de café",
                "Sangrado abundante por el ano, o un sangrado que no se detiene",
                "Sangre en las heces o por el ano, o heces negras y pegajosas",
                "Un cambio en tus heces que no es normal en ti (más sueltas, más duras, más o menos frecuentes), o sentir a menudo que necesitas hacer de vientre incluso después de haber ido, durante 3 semanas o más",
                "Un bulto o una zona hinchada en la tripa",
                "Hinchazón de tripa casi todos los días durante 3 semanas o más",
                "Dificultad para tragar, o sensación de que la comida se queda atascada",
                "Nada de esto",
            ],
        ),
        q(
            "¿Y has tenido algo de esto?",
            "",
            &[
                "Pérdida de peso sin proponértelo",
                "Cansancio sin una causa clara, o te han dicho que tienes anemia (a menudo por falta de hierro)",
                "Piel amarilla, o el blanco de los ojos amarillo",
                "Dolor de tripa repentino y fuerte, o dolor al apretarte la tripa",
                "Dolor de tripa que vuelve una y otra vez",
                "No poder hacer de vientre ni expulsar gases, con la tripa hinchada o vómitos",
                "Vómitos durante más de 2 días, o no poder retener los líquidos",
                "Nada de esto",
            ],
        ),
        q(
            "¿Has notado algo de esto en tu piel o en tus ojos?",
            "",
            &[
                "Un lunar nuevo, o un lunar que ha cambiado de tamaño, forma o color, o que pica, forma costra o sangra",
                "Una herida o un granito que no se ha curado después de 4 semanas",
                "Una erupción que no desaparece al apretar un vaso de cristal contra ella, o piel que se llena de ampollas o se pela en una zona extensa",
                "Una erupción extensa con fiebre alta",
                "Eccema que empeora rápidamente, duele, supura o tiene ampollas, o que viene con fiebre",
                "Psoriasis con articulaciones doloridas, hinchadas o rígidas",
                "Rosácea con dolor en un ojo, ojos sensibles a la luz, o visión borrosa o peor que antes",
                "Nada de esto",
            ],
        ),
    ],
    axes: [
        axis(
            "Vegetales",
            "Alimentos vegetales y fibra",
            "Comes verdura, fruta y cereales integrales con regularidad; el NHS británico recomienda al menos 5 raciones de verdura y fruta al día.",
            &[
                "Ve acercándote a un mínimo de 5 raciones de verdura y fruta al día, añadiendo una ración cada vez.",
                "Elige pan, pasta y arroz integrales, y añade alubias, lentejas o garbanzos a tus comidas. \
                Aumenta la fibra poco a poco y bebe bastante, para que no te dé gases ni hinchazón.",
                "Prueba cada semana una verdura, un cereal, una legumbre, un fruto seco o una semilla nuevos. \
                Las investigaciones sugieren que una dieta variada puede asociarse a unas bacterias intestinales más variadas.",
            ],
        ),
        axis(
            "Fermentados",
            "Alimentos fermentados",
            "Los alimentos fermentados, como el yogur o el kéfir, forman parte habitual de tu dieta.",
            &[
                "Si te gustan, prueba a tomar unas cuantas veces por semana una pequeña ración de algún fermentado, como yogur natural, kéfir, chucrut o kimchi. \
                La investigación sobre su efecto en el intestino aún está en una fase temprana.",
                "Empieza con una cantidad pequeña y ve aumentando poco a poco; \
                elige variedades con poca sal y poco azúcar añadido, como aconseja el NHS británico para todos los alimentos.",
                "Hay pocas pruebas de que los suplementos probióticos ayuden a las personas sanas, y ninguna de que traten el eccema (NHS británico). \
                Si quieres probar alguno, pregunta antes en la farmacia o a tu médico de cabecera, sobre todo si tienes el sistema inmunitario debilitado.",
            ],
        ),
        axis(
            "Azúcar",
            "Procesados y azúcar añadido",
            "Tomas pocos alimentos procesados y poco azúcar añadido, como aconseja el NHS británico para comer de forma saludable.",
            &[
                "Cambia cada día una comida o un tentempié procesado por algo hecho con ingredientes sin procesar.",
                "Sustituye las bebidas azucaradas por agua, refrescos sin azúcar o té sin endulzar.",
                "Ten a mano fruta, frutos secos sin sal o yogur natural para cuando te apetezca picar algo.",
            ],
        ),
        axis(
            "Grasas",
            "Grasas saludables",
            "Comes grasas saludables, como pescado azul, frutos secos o aceite de oliva, como recomienda el NHS británico.",
            &[
                "Intenta comer 2 raciones de pescado a la semana, una de ellas de pescado azul, como salmón, sardinas o caballa.",
                "Cocina con poca cantidad de aceite vegetal o de oliva en lugar de mantequilla o manteca.",
                "Un puñadito de frutos secos o semillas sin sal es un buen tentempié. \
                La investigación sobre las grasas omega-3 y los problemas de piel todavía es limitada.",
            ],
        ),
        axis(
            "Bebidas",
            "Bebidas (líquidos)",
            "Bebes 6 vasos al día o más; el NHS británico recomienda de 6 a 8.",
            &[
                "Intenta beber de 6 a 8 tazas o vasos de líquido al día: cuentan el agua, la leche baja en grasa, el té, el café y las bebidas sin azúcar.",
                "Ten un vaso o una botella de agua a mano, y bebe algo en cada comida.",
                "Bebe más cuando haga calor y cuando hagas ejercicio. Si un médico te ha dicho que limites los líquidos, sigue sus indicaciones en lugar de estas.",
            ],
        ),
        axis(
            "Estrés",
            "Equilibrio del estrés",
            "Mantienes el estrés a raya y te tomas tiempo para desconectar.",
            &[
                "Dedica diez minutos al día a algo que te calme: respirar despacio, meditar, un pasatiempo o estar al aire libre.",
                "Fíjate en qué te genera estrés y planea un pequeño cambio ahí.",
                "Si el estrés o las preocupaciones te superan durante semanas, habla con tu médico de cabecera: hay ayuda.",
            ],
        ),
        axis(
            "Sueño",
            "Sueño",
            "Tu sueño está cerca de lo recomendado: según el NHS británico, la mayoría de los adultos necesitan dormir de 6 a 9 horas por noche.",
            &[
                "Mantén horarios regulares para acostarte y levantarte, también el fin de semana.",
                "Deja las pantallas una hora antes de dormir y mantén el dormitorio a oscuras, en silencio y fresco.",
                "Evita la cafeína en las últimas horas del día, y las comidas copiosas o el alcohol a última hora de la noche.",
            ],
        ),
        axis(
            "Actividad",
            "Actividad física",
            "Haces actividad con regularidad y trabajas los músculos; la pauta del NHS británico es de 150 minutos a la semana, además de ejercicios de fuerza 2 días a la semana.",
            &[
                "Ve aumentando hasta 150 minutos a la semana de actividad moderada, como caminar a buen paso o ir en bici, \
                o 75 minutos de actividad intensa, como correr. Los ratos cortos también cuentan.",
                "Dos días a la semana, haz algo que haga trabajar tus músculos: cargar con la compra pesada, trabajos duros de jardinería, yoga o levantar pesas.",
                "La actividad regular puede ayudar con el estreñimiento y la hinchazón; un paseo corto después de comer es una forma fácil de empezar.",
            ],
        ),
        axis(
            "Alcohol",
            "Alcohol",
            "No bebes alcohol, o no pasas de la pauta británica de bajo riesgo de 14 unidades a la semana.",
            &[
                "No pases de 14 unidades a la semana (la pauta británica de bajo riesgo): unas 6 pintas de cerveza de graduación media o 6 copas medianas de vino.",
                "Si bebes, repártelo en 3 días o más, y deja varios días sin alcohol cada semana.",
                "Si te cuesta reducirlo, tu médico de cabecera o un servicio local de ayuda con el alcohol pueden ayudarte. \
                Si estás embarazada o intentas quedarte embarazada, lo más seguro es no beber nada de alcohol.",
            ],
        ),
        axis(
            "Tabaco",
            "Tabaco",
            "No fumas: una de las mejores cosas que puedes hacer por tu salud.",
            &[
                "Dejar de fumar es una de las mejores cosas que puedes hacer por tu salud, y con apoyo tienes hasta 3 veces más probabilidades de conseguirlo.",
                "Pregunta a tu médico de cabecera o en la farmacia por los servicios para dejar de fumar, que a menudo son gratuitos, y por los tratamientos que ayudan a dejarlo.",
                "Fumar se asocia a una psoriasis más grave, a una cicatrización más lenta de la piel y a un mayor riesgo de enfermedad de Crohn.",
            ],
        ),
    ],
    // Privacy on a shared device and inside another site's page.
    cta_destination: "Abre {host} en una pestaña nueva",
    answers_expired: "Se han borrado las respuestas guardadas en este dispositivo hace más de {minutes} minutos.",
    same_origin_title: "El test no puede funcionar dentro de esta página",
    same_origin_body: "Esta página forma parte del propio sitio web del test, por lo que podría leer tus respuestas. Abre el test desde la web de tu clínica o por sí solo.",
};
