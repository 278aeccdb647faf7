import type { ColumnRole } from './table';

/**
 * Column names for a question and its answer in the languages of flashcard sets people bring
 * from Anki, Quizlet and spreadsheets, as data: each compared folded (`headerFold`: lower case,
 * accents and punctuation dropped), a whole cell only. English is `HEADER_ROLES`' (with its game
 * templates' names). Outsider student, issue 12: "Frage;Antwort" over short rows ("Pi,
 * gerundet;3,14") became a card while "Question,Answer" was a header. Sources: the words Anki's
 * and Quizlet's interfaces use for the two sides and the words of a textbook's quiz, in each
 * language.
 */
export const HEADER_WORDS: Record<string, Partial<Record<ColumnRole, readonly string[]>>> = {
	German: {
		prompt: ['frage', 'fragen', 'begriff', 'vorderseite', 'wort', 'aufgabe'],
		answer: ['antwort', 'antworten', 'losung', 'definition', 'ruckseite', 'bedeutung'],
		explanation: ['erklarung', 'erlauterung', 'anmerkung'],
		topics: ['thema', 'kategorie', 'schlagworter', 'stapel']
	},
	French: {
		prompt: ['question', 'terme', 'recto', 'mot', 'enonce'],
		answer: ['reponse', 'definition', 'verso', 'solution'],
		explanation: ['explication', 'commentaire'],
		topics: ['theme', 'categorie', 'etiquettes', 'paquet']
	},
	Spanish: {
		prompt: ['pregunta', 'termino', 'anverso', 'palabra', 'enunciado'],
		answer: ['respuesta', 'definicion', 'reverso', 'solucion'],
		explanation: ['explicacion', 'comentario'],
		topics: ['tema', 'categoria', 'etiquetas', 'mazo']
	},
	Italian: {
		prompt: ['domanda', 'termine', 'fronte', 'parola'],
		answer: ['risposta', 'definizione', 'retro', 'soluzione'],
		explanation: ['spiegazione', 'commento'],
		topics: ['argomento', 'categoria', 'etichette', 'mazzo']
	},
	Portuguese: {
		prompt: ['pergunta', 'questao', 'termo', 'frente', 'palavra'],
		answer: ['resposta', 'definicao', 'verso', 'solucao'],
		explanation: ['explicacao', 'comentario'],
		topics: ['tema', 'categoria', 'etiquetas', 'baralho']
	},
	Dutch: {
		prompt: ['vraag', 'begrip', 'term', 'voorkant', 'woord'],
		answer: ['antwoord', 'definitie', 'achterkant', 'betekenis', 'oplossing'],
		explanation: ['uitleg', 'toelichting'],
		topics: ['onderwerp', 'categorie', 'labels']
	},
	Polish: {
		prompt: ['pytanie', 'pojecie', 'termin', 'przod', 'slowo'],
		answer: ['odpowiedz', 'definicja', 'tyl', 'znaczenie'],
		explanation: ['wyjasnienie', 'komentarz'],
		topics: ['temat', 'kategoria', 'talia']
	},
	'Serbian, Croatian, Bosnian': {
		prompt: ['pitanje', 'pojam', 'izraz', 'rec', 'rijec', 'питање', 'појам'],
		answer: ['odgovor', 'definicija', 'znacenje', 'одговор', 'дефиниција'],
		explanation: ['objasnjenje', 'објашњење'],
		topics: ['tema', 'kategorija', 'тема']
	},
	Turkish: {
		prompt: ['soru', 'terim', 'kelime', 'on yuz'],
		answer: ['cevap', 'yanit', 'tanim', 'arka yuz', 'anlam'],
		explanation: ['aciklama'],
		topics: ['konu', 'kategori', 'etiketler']
	},
	Swedish: {
		prompt: ['fraga', 'begrepp', 'framsida', 'ord'],
		answer: ['svar', 'definition', 'baksida', 'betydelse'],
		explanation: ['forklaring'],
		topics: ['amne', 'kategori']
	},
	Russian: {
		prompt: ['вопрос', 'термин', 'слово', 'лицевая сторона'],
		answer: ['ответ', 'определение', 'значение', 'оборотная сторона'],
		explanation: ['объяснение', 'пояснение'],
		topics: ['тема', 'категория', 'теги']
	}
};

/** Every folded word of `HEADER_WORDS` with the role it names (a word two languages share names one role). */
export const HEADER_WORD_ROLES: ReadonlyMap<string, ColumnRole> = new Map(
	Object.values(HEADER_WORDS).flatMap((roles) =>
		Object.entries(roles).flatMap(([role, words]) =>
			(words ?? []).map((word) => [word, role as ColumnRole] as const)
		)
	)
);
