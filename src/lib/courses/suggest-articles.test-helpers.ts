/**
 * Three school articles written for the suggestion tests (courses9), of the kinds an outsider
 * teacher brought: a science topic, an event and a biography, each in a Year 7–8 textbook's
 * plain style (short paragraphs, "London in 1666 was …" openings, demonyms, the planet named
 * as "Earth"). Written for these tests; the facts are school-book facts, the wording is ours.
 */

export const VOLCANOES = {
	id: 'volcanoes',
	title: 'Volcanoes',
	text: [
		'Volcanoes',
		'A volcano is an opening in the Earth’s crust through which molten rock, ash and gases escape. Most volcanoes are found where tectonic plates meet.',
		'Deep under the ground, rock melts into a liquid called magma. Magma is lighter than the solid rock around it, so it rises towards the surface and collects in a magma chamber.',
		'When magma reaches the surface it is called lava. Lava from a volcano can be hotter than 1,000 °C.',
		'## Types of volcano',
		'A shield volcano has gentle slopes built up by runny lava that flows a long way before it cools. Mauna Loa in Hawaii is the largest shield volcano on Earth.',
		'A composite volcano, also called a stratovolcano, is built from layers of ash and thick lava. Its steep sides make it look like a cone.',
		'Scientists group volcanoes by how often they erupt. An active volcano has erupted in the last 10,000 years, while an extinct volcano is not expected to erupt again.',
		'## Famous eruptions',
		'In AD 79 Mount Vesuvius erupted and buried the Roman town of Pompeii under metres of ash. Archaeologists began to dig the town out in 1748.',
		'The eruption of Krakatoa in 1883 was heard almost 4,800 kilometres away. Ash from the eruption cooled the Earth for more than a year.',
		'## Living near volcanoes',
		'About 800 million people live within 100 kilometres of an active volcano. Volcanic soil is very fertile, so farmers grow crops on the slopes.',
		'Scientists who study volcanoes are called volcanologists. They measure earthquakes and gases to warn people before an eruption.'
	].join('\n\n')
};

export const GREAT_FIRE = {
	id: 'great-fire',
	title: 'The Great Fire of London',
	text: [
		'The Great Fire of London',
		'London in 1666 was a crowded city of about 500,000 people. Most houses were built of wood and pitch, and the streets were very narrow.',
		'The Great Fire of London started on Sunday 2 September 1666 in a bakery on Pudding Lane. The bakery belonged to Thomas Farriner, the king’s baker.',
		'A strong wind from the east spread the flames quickly across the city. Londoners fled with their belongings to the River Thames.',
		'## Fighting the fire',
		'The Lord Mayor, Sir Thomas Bludworth, did not think the fire was serious at first. King Charles II ordered soldiers to pull down houses to make firebreaks.',
		'Samuel Pepys wrote about the fire in his diary. He buried his wine and his Parmesan cheese in his garden to keep them safe.',
		'The fire burned for four days and was finally put out on 6 September. It destroyed 13,200 houses and 87 churches, including St Paul’s Cathedral.',
		'## After the fire',
		'Only six deaths were recorded, but historians think the real number was much higher. About 70,000 Londoners lost their homes.',
		'The architect Sir Christopher Wren designed the new St Paul’s Cathedral. It was finished in 1711.',
		'After the fire, new houses in London had to be built of brick or stone. The Monument was built near Pudding Lane to remember the fire.'
	].join('\n\n')
};

export const MARY_ANNING = {
	id: 'mary-anning',
	title: 'Mary Anning',
	text: [
		'Mary Anning',
		'Mary Anning was an English fossil collector who lived in Lyme Regis in Dorset. She was born in 1799 into a poor family.',
		'Her father, Richard Anning, was a carpenter who sold fossils to tourists. He taught Mary and her brother Joseph how to find them on the beach.',
		'In 1811 Joseph found the skull of a strange animal in the cliffs. Over the next months Mary uncovered the rest of the skeleton, which was later named an ichthyosaur.',
		'## Discoveries',
		'In 1823 Mary Anning found the first complete skeleton of a plesiosaur. The French scientist Georges Cuvier at first doubted that it was real.',
		'She also found the first pterosaur skeleton discovered outside Germany in 1828. Her finds helped scientists understand that animals could become extinct.',
		'Because she was a woman, Anning could not join the Geological Society of London. Scientists often published her discoveries without naming her.',
		'## Later life',
		'Mary Anning died of breast cancer in 1847 at the age of 47. In 2010 the Royal Society named her one of the ten British women who most influenced the history of science.'
	].join('\n\n')
};

/**
 * A geography handout with a case study and examples (docs30: an outsider teacher's class quiz
 * asked "The ____ in California is an example." and a flood's rainfall with its village named
 * only in the sentence before). Made up: Tregarrow and its rivers are invented.
 */
export const COASTS_AND_FLOODS = {
	id: 'coasts-floods',
	title: 'Coasts and flash floods',
	text: [
		'Coasts and flash floods',
		'A flash flood is a sudden rise in the level of a river after very heavy rain. Constructive waves have a strong swash and a weak backwash, so they build up beaches.',
		'Groynes are wooden barriers built at right angles to the beach that trap sediment moved by longshore drift. Composite volcanoes are steep-sided cones built from layers of ash and lava.',
		'## Plate boundaries',
		'At a conservative plate boundary two plates slide past each other. The Kessel Fault in Norvania is an example.',
		'A destructive boundary forms where an oceanic plate sinks beneath a continental plate. The Ostrid Range in Estavia is a good example of this.',
		'## Case study: Tregarrow, 2011',
		'On 14 July 2011 the village of Tregarrow in north Cornwall was hit by a flash flood. About 190 millimetres of rain fell in five hours on the surrounding hills.',
		'The river rose by two metres in an hour and swept 70 cars into the harbour. Remarkably, nobody died, partly because six helicopters rescued about 100 people.',
		'Afterwards the Environment Agency spent about 12 million pounds on a flood defence scheme.'
	].join('\n\n')
};
