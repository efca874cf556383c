/**
 * Word lists of the figure finder. Every lookup is a Map or Set keyed by a lower-cased word with a
 * trailing full stop removed (see `keyOf` in findFigures.ts), so the finder does one hash lookup per
 * word and compiles no pattern at run time.
 */
import type { Approx, FigureKind } from '../types.js';

/** Spelled cardinals below a hundred, and their spelling variants. */
export const smallNumbers = new Map<string, number>([
  ['zero', 0], ['nought', 0], ['naught', 0], ['nil', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5],
  ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18],
  ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Words that multiply what precedes them ("two hundred", "3 lakh", "4 billion"). */
export const scaleWords = new Map<string, number>([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7], ['mn', 1e6], ['bn', 1e9], ['tn', 1e12],
  ['mln', 1e6], ['bln', 1e9], ['tln', 1e12], ['mil', 1e6], ['k', 1e3],
]);

/** Multiplier suffixes glued to digits ("4.2bn", "30k", "10M", "2mil", "1MM"). Case-sensitive keys first. */
export const suffixScales = new Map<string, number>([
  ['k', 1e3], ['K', 1e3], ['M', 1e6], ['MM', 1e6], ['mn', 1e6], ['mln', 1e6], ['mil', 1e6], ['Mn', 1e6],
  ['bn', 1e9], ['Bn', 1e9], ['BN', 1e9], ['b', 1e9], ['B', 1e9], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12], ['tr', 1e12],
  ['T', 1e12], ['tln', 1e12], ['G', 1e9],
  // Scale words run into the number by a slip of the keyboard ("$38million").
  ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

/** Plural magnitudes that name an order of magnitude, not a value ("dozens of", "thousands of"). */
export const vagueMagnitudes = new Map<string, number>([
  ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1e3], ['tens', 10],
  ['millions', 1e6], ['billions', 1e9], ['trillions', 1e12],
]);

/** Denominators of spelled fractions, singular and plural ("a third", "two-thirds", "five eighths"). */
export const denominators = new Map<string, number>([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fourth', 4], ['fourths', 4],
  ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8],
  ['ninth', 9], ['ninths', 9], ['tenth', 10], ['tenths', 10], ['eleventh', 11], ['elevenths', 11], ['twelfth', 12], ['twelfths', 12],
  ['thirteenth', 13], ['fifteenth', 15], ['sixteenth', 16], ['sixteenths', 16], ['twentieth', 20], ['twentieths', 20],
  ['hundredth', 100], ['hundredths', 100], ['thousandth', 1e3], ['thousandths', 1e3], ['millionth', 1e6], ['millionths', 1e6],
  ['billionth', 1e9], ['billionths', 1e9], ['trillionth', 1e12], ['trillionths', 1e12],
]);

/** Spelled ordinals. */
export const ordinalWords = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14],
  ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
  ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80],
  ['ninetieth', 90], ['hundredth', 100], ['thousandth', 1000], ['millionth', 1e6],
]);

/** "-fold" multipliers written as one word ("sixfold"). */
export const foldWords = new Map<string, number>([
  ['twofold', 2], ['threefold', 3], ['fourfold', 4], ['fivefold', 5], ['sixfold', 6], ['sevenfold', 7],
  ['eightfold', 8], ['ninefold', 9], ['tenfold', 10], ['hundredfold', 100], ['thousandfold', 1000],
]);

/** Qualifiers before a figure, longest first within each first word. */
export const qualifierList: Array<[string[], Approx]> = [
  [['no', 'more', 'than'], 'at-most'], [['no', 'fewer', 'than'], 'at-least'], [['no', 'less', 'than'], 'at-least'],
  [['a', 'little', 'over'], 'more-than'], [['a', 'little', 'more', 'than'], 'more-than'], [['just', 'over'], 'more-than'],
  [['just', 'under'], 'less-than'], [['well', 'over'], 'more-than'], [['well', 'above'], 'more-than'],
  [['just', 'below'], 'less-than'], [['more', 'than'], 'more-than'], [['greater', 'than'], 'more-than'],
  [['higher', 'than'], 'more-than'], [['in', 'excess', 'of'], 'more-than'], [['upwards', 'of'], 'more-than'],
  [['upward', 'of'], 'more-than'], [['over'], 'more-than'], [['above'], 'more-than'], [['exceeding'], 'more-than'],
  [['at', 'least'], 'at-least'], [['a', 'minimum', 'of'], 'at-least'], [['at', 'minimum'], 'at-least'],
  [['nearly'], 'about'], [['almost'], 'about'], [['about'], 'about'], [['around'], 'about'], [['roughly'], 'about'],
  [['some'], 'about'], [['an', 'estimated'], 'about'], [['approximately'], 'about'], [['approx'], 'about'],
  [['an', 'approximate'], 'about'], [['close', 'to'], 'about'], [['circa'], 'about'], [['c'], 'about'],
  [['estimated'], 'about'], [['an', 'average', 'of'], 'about'], [['on', 'average'], 'about'], [['~'], 'about'],
  [['up', 'to'], 'at-most'], [['as', 'many', 'as'], 'at-most'], [['as', 'much', 'as'], 'at-most'],
  [['as', 'high', 'as'], 'at-most'], [['at', 'most'], 'at-most'], [['a', 'maximum', 'of'], 'at-most'],
  [['fewer', 'than'], 'less-than'], [['less', 'than'], 'less-than'], [['lower', 'than'], 'less-than'],
  [['under'], 'less-than'], [['below'], 'less-than'], [['sub'], 'less-than'],
  // Signs, as tables, science and live pages write them: "<50%", ">40C", "≥100 km/h", "≈3,000".
  [['<'], 'less-than'], [['>'], 'more-than'], [['≤'], 'at-most'], [['≥'], 'at-least'], [['≈'], 'about'],
];

/** The qualifier phrases indexed by their last word, so a figure looks back with one Map lookup. */
export const qualifiersByLastWord = new Map<string, Array<[string[], Approx]>>();
for (const entry of qualifierList) {
  const last = entry[0][entry[0].length - 1];
  const list = qualifiersByLastWord.get(last) ?? [];
  list.push(entry);
  list.sort((a, b) => b[0].length - a[0].length);
  qualifiersByLastWord.set(last, list);
}

export interface UnitInfo {
  kind: FigureKind;
  /** The unit as reported in `Figure.unit`. */
  unit: string;
  /** For a temperature scale or other unit whose bare form is a prefix of a longer one. */
  temperature?: boolean;
  /** For a unit that is itself a rate ("bpd": barrels per day), what it is per. */
  per?: string;
  /** For a unit that carries its own multiplier ("mb/d": million barrels a day), the multiplier. */
  scale?: number;
}

const measure = (unit: string): UnitInfo => ({ kind: 'measure', unit });
const duration = (unit: string): UnitInfo => ({ kind: 'duration', unit });
const money = (unit: string): UnitInfo => ({ kind: 'money', unit });

/**
 * Units written as words or symbols after a number, keyed by their lower-cased spelling. Multi-word
 * units are listed with spaces and matched word by word.
 */
const unitTable: Array<[string[], UnitInfo]> = [
  // Percent.
  [['%', 'percent', 'per cent', 'pct', 'percentage', 'percents', 'pc', 'per-cent', 'per centum'], { kind: 'percent', unit: '%' }],
  [['percentage point', 'percentage points', 'percent point', 'percent points', 'pp', 'ppt', 'ppts', 'points of percentage',
    // Written as one word before a noun: "a 3.2 percentage-point rise".
    'percentage-point', 'percentage-points', 'percent-point', 'per-cent-point'], { kind: 'percent', unit: 'pp' }],
  [['basis point', 'basis points', 'bp', 'bps'], { kind: 'percent', unit: 'bp' }],
  // Length.
  [['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'klicks'], measure('km')],
  [['m', 'metre', 'metres', 'meter', 'meters'], measure('m')],
  [['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'], measure('cm')],
  [['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'], measure('mm')],
  [['dm', 'decimetre', 'decimetres', 'decimeter', 'decimeters'], measure('dm')],
  [['μm', 'µm', 'micrometre', 'micrometres', 'micrometer', 'micrometers', 'micron', 'microns'], measure('μm')],
  [['nm', 'nanometre', 'nanometres', 'nanometer', 'nanometers'], measure('nm')],
  [['picometre', 'picometres', 'picometer', 'picometers'], measure('pm')],
  [['mi', 'mile', 'miles'], measure('mi')],
  [['nautical mile', 'nautical miles', 'nmi'], measure('nmi')],
  [['ft', 'foot', 'feet', "'"], measure('ft')],
  [['in', 'inch', 'inches', '"', '″'], measure('in')],
  [['yd', 'yds', 'yard', 'yards'], measure('yd')],
  [['light year', 'light years', 'light-year', 'light-years'], measure('ly')],
  // Area.
  [['km2', 'km²', 'sq km', 'square kilometre', 'square kilometres', 'square kilometer', 'square kilometers', 'sq kilometres', 'sq kilometers'], measure('km²')],
  [['m2', 'm²', 'sq m', 'sqm', 'square metre', 'square metres', 'square meter', 'square meters', 'sq metres', 'sq meters'], measure('m²')],
  [['sq ft', 'sqft', 'square foot', 'square feet', 'sq feet', 'sq foot', 'ft2', 'ft²'], measure('ft²')],
  [['sq mi', 'square mile', 'square miles', 'sq miles'], measure('mi²')],
  [['ha', 'hectare', 'hectares'], measure('ha')],
  [['acre', 'acres'], measure('acre')],
  // Volume.
  [['l', 'litre', 'litres', 'liter', 'liters', 'ltr'], measure('l')],
  [['ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters'], measure('ml')],
  [['cl', 'centilitre', 'centilitres'], measure('cl')],
  [['gallon', 'gallons', 'gal'], measure('gal')],
  [['pint', 'pints'], measure('pt')],
  [['quart', 'quarts'], measure('qt')],
  [['fluid ounce', 'fluid ounces', 'fl oz'], measure('fl oz')],
  [['dram', 'drams'], measure('dr')],
  [['barrel', 'barrels', 'bbl', 'bbls'], measure('bbl')],
  // Containers, in twenty-foot equivalent units: "600,000 TEU".
  [['teu', 'teus'], measure('TEU')],
  // Oil output as the trade writes it: "1.2m bpd", "900,000 b/d".
  [['bpd', 'b/d', 'bopd'], { kind: 'measure', unit: 'bbl', per: 'day' }],
  // The same in millions, as the oil trade and its agencies write it: "10.2 mb/d", "9.5 mbpd".
  [['mb/d', 'mbpd', 'mmbpd', 'mmb/d', 'mbd', 'million bpd', 'million b/d', 'million barrels per day', 'million barrels a day'], { kind: 'measure', unit: 'bbl', per: 'day', scale: 1e6 }],
  [['cubic foot', 'cubic feet', 'cu ft'], measure('ft³')],
  [['cubic metre', 'cubic metres', 'cubic meter', 'cubic meters', 'm3', 'm³'], measure('m³')],
  [['bcm'], measure('bcm')],
  // Mass.
  [['kg', 'kgs', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos'], measure('kg')],
  [['g', 'gram', 'grams', 'gramme', 'grammes', 'gr'], measure('g')],
  [['mg', 'milligram', 'milligrams', 'milligramme', 'milligrammes'], measure('mg')],
  [['μg', 'µg', 'mcg', 'microgram', 'micrograms', 'microgramme', 'microgrammes'], measure('μg')],
  // Air pollution as agencies report it: "180 µg/m³" of fine particles.
  [['μg/m³', 'µg/m³', 'μg/m3', 'µg/m3', 'ug/m3', 'ug/m³', 'mcg/m3'], { kind: 'measure', unit: 'μg', per: 'm³' }],
  [['mg/m³', 'mg/m3'], { kind: 'measure', unit: 'mg', per: 'm³' }],
  [['t', 'tonne', 'tonnes', 'ton', 'tons', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes'], measure('t')],
  // Emissions are written with the gas glued on: "37.8 GtCO2", "450 MtCO2e".
  [['gt', 'gigatonne', 'gigatonnes', 'gigaton', 'gigatons', 'gtco2', 'gtco2e', 'gtc'], measure('Gt')],
  [['megatonne', 'megatonnes', 'megaton', 'megatons', 'mtco2', 'mtco2e'], measure('Mt')],
  [['kilotonne', 'kilotonnes', 'kiloton', 'kilotons', 'ktco2', 'ktco2e'], measure('kt')],
  [['tco2', 'tco2e'], measure('t')],
  [['lb', 'lbs'], measure('lb')],
  [['oz', 'ounce', 'ounces'], measure('oz')],
  [['stone'], measure('st')],
  [['carat', 'carats'], measure('ct')],
  // Speed.
  [['mph', 'm.p.h', 'miles per hour', 'miles an hour', 'mile per hour', 'miles-per-hour'], measure('mph')],
  [['km/h', 'kmh', 'kph', 'kmph', 'km/hr', 'kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour', 'km per hour'], measure('km/h')],
  [['knot', 'knots'], measure('kn')],
  // An earthquake's size ("a 6.1 magnitude aftershock"); "7.2 on the Richter scale" is read in findFigures.
  [['magnitude', 'richter'], measure('magnitude')],
  [['mpg', 'miles per gallon'], measure('mpg')],
  [['rpm'], measure('rpm')],
  // Temperature.
  [['°c', '° c', 'degrees celsius', 'degree celsius', 'degrees centigrade', 'degree centigrade', 'deg celsius', 'deg c',
    'degrees c', 'degree c', 'celsius', 'celcius', 'centigrade', 'centigrate', 'c°', '℃', 'degrees celcius', 'degree celcius'], { kind: 'measure', unit: '°C', temperature: true }],
  [['°f', '° f', 'degrees fahrenheit', 'degree fahrenheit', 'deg fahrenheit', 'deg f', 'degrees f', 'degree f',
    'fahrenheit', 'farenheit', 'f°', '℉', 'degrees farenheit', 'degree farenheit', 'degrees fahrenheit'], { kind: 'measure', unit: '°F', temperature: true }],
  [['°', 'degrees', 'degree', 'deg'], { kind: 'measure', unit: '°', temperature: true }],
  [['kelvin', 'kelvins'], measure('K')],
  // Energy, power, pressure and more.
  [['w', 'watt', 'watts'], measure('W')],
  [['kw', 'kilowatt', 'kilowatts'], measure('kW')],
  [['mw', 'megawatt', 'megawatts'], measure('MW')],
  [['gw', 'gigawatt', 'gigawatts'], measure('GW')],
  [['wh', 'watt hour', 'watt hours', 'watt-hour', 'watt-hours'], measure('Wh')],
  [['kwh', 'kilowatt hour', 'kilowatt hours', 'kilowatt-hour', 'kilowatt-hours'], measure('kWh')],
  [['mwh', 'megawatt hour', 'megawatt hours', 'megawatt-hour', 'megawatt-hours'], measure('MWh')],
  [['gwh', 'gigawatt hour', 'gigawatt hours', 'gigawatt-hour', 'gigawatt-hours'], measure('GWh')],
  [['twh', 'terawatt hour', 'terawatt hours', 'terawatt-hour', 'terawatt-hours'], measure('TWh')],
  [['mah', 'milliamp hour', 'milliamp hours', 'milliamp-hour', 'milliamp-hours', 'milliampere hour', 'milliampere hours', 'milliampere-hour',
    'milliampere-hours'], measure('mAh')],
  [['ah', 'amp hour', 'amp hours', 'amp-hour', 'amp-hours', 'ampere hour', 'ampere hours', 'ampere-hour', 'ampere-hours'], measure('Ah')],
  [['amp', 'amps', 'ampere', 'amperes'], measure('A')],
  [['hp', 'bhp', 'horsepower'], measure('hp')],
  [['v', 'volt', 'volts'], measure('V')],
  [['kv', 'kilovolt', 'kilovolts'], measure('kV')],
  [['hz', 'hertz'], measure('Hz')],
  [['khz', 'kilohertz'], measure('kHz')],
  [['mhz', 'megahertz'], measure('MHz')],
  [['ghz', 'gigahertz'], measure('GHz')],
  [['db', 'decibel', 'decibels'], measure('dB')],
  [['psi'], measure('psi')],
  [['ksi'], measure('ksi')],
  [['mpa', 'megapascal', 'megapascals'], measure('MPa')],
  [['kpa', 'kilopascal', 'kilopascals'], measure('kPa')],
  [['pa', 'pascal', 'pascals'], measure('Pa')],
  [['bar'], measure('bar')],
  [['calorie', 'calories', 'kcal'], measure('kcal')],
  [['joule', 'joules'], measure('J')],
  [['ppm', 'parts per million'], measure('ppm')],
  [['ppb', 'parts per billion'], measure('ppb')],
  [['gb', 'gigabyte', 'gigabytes'], measure('GB')],
  [['tb', 'terabyte', 'terabytes'], measure('TB')],
  [['kb', 'kilobyte', 'kilobytes'], measure('kB')],
  [['megabyte', 'megabytes'], measure('MB')],
  [['megabit', 'megabits', 'mbps'], measure('Mb')],
  [['kilobit', 'kilobits', 'kbps'], measure('kb')],
  [['gigabit', 'gigabits', 'gbps'], measure('Gb')],
  [['bit', 'bits'], measure('bit')],
  [['mp', 'megapixel', 'megapixels'], measure('MP')],
  [['byte', 'bytes'], measure('B')],
  [['ppg'], measure('ppg')],
  [['rpg'], measure('rpg')],
  [['apg'], measure('apg')],
  [['mmbtu'], measure('MMBtu')],
  // Durations.
  [['second', 'seconds', 'sec', 'secs'], duration('second')],
  [['minute', 'minutes', 'min', 'mins'], duration('minute')],
  [['hour', 'hours', 'hr', 'hrs'], duration('hour')],
  [['day', 'days'], duration('day')],
  [['night', 'nights'], duration('night')],
  [['week', 'weeks', 'wk', 'wks'], duration('week')],
  [['fortnight', 'fortnights'], duration('fortnight')],
  [['month', 'months', 'mo', 'mos'], duration('month')],
  [['year', 'years', 'yr', 'yrs'], duration('year')],
  [['decade', 'decades'], duration('decade')],
  [['century', 'centuries'], duration('century')],
  [['millennium', 'millennia'], duration('millennium')],
  // Money written as words after the number.
  [['dollar', 'dollars', 'bucks', 'us dollar', 'us dollars', 'u.s. dollars', 'american dollars'], money('USD')],
  [['canadian dollar', 'canadian dollars'], money('CAD')],
  [['australian dollar', 'australian dollars'], money('AUD')],
  [['new zealand dollar', 'new zealand dollars'], money('NZD')],
  [['hong kong dollar', 'hong kong dollars'], money('HKD')],
  [['singapore dollar', 'singapore dollars', 'singaporean dollars'], money('SGD')],
  [['taiwan dollars', 'new taiwan dollars'], money('TWD')],
  [['euro', 'euros', 'eur'], money('EUR')],
  [['pound sterling', 'pounds sterling', 'sterling', 'gbp'], money('GBP')],
  [['pence', 'penny', 'pennies', 'p'], money('GBX')],
  [['cent', 'cents', '¢'], money('cent')],
  [['yen', 'japanese yen', 'jpy'], money('JPY')],
  [['yuan', 'renminbi', 'rmb', 'chinese yuan', 'cny', '元'], money('CNY')],
  [['rupee', 'rupees', 'indian rupees', 'inr'], money('INR')],
  [['ruble', 'rubles', 'rouble', 'roubles', 'rub'], money('RUB')],
  [['hryvnia', 'hryvnias', 'hryvnas', 'uah'], money('UAH')],
  [['franc', 'francs', 'swiss franc', 'swiss francs', 'chf'], money('CHF')],
  [['peso', 'pesos', 'mexican pesos'], money('MXN')],
  [['peseta', 'pesetas'], money('ESP')],
  [['markka', 'finnish markka', 'markkaa'], money('FIM')],
  [['guilder', 'guilders', 'dutch guilders', 'netherlands guilders'], money('NLG')],
  [['mark', 'marks', 'deutsche marks', 'deutschmarks'], money('DEM')],
  [['shekel', 'shekels', 'new shekels', 'ils'], money('ILS')],
  [['krone', 'kroner', 'danish crowns', 'danish kroner', 'dkk'], money('DKK')],
  [['krona', 'kronor', 'swedish crowns', 'swedish kronor', 'sek'], money('SEK')],
  [['norwegian crowns', 'norwegian kroner', 'nok'], money('NOK')],
  [['won', 'krw'], money('KRW')],
  [['rand', 'zar'], money('ZAR')],
  [['lira', 'liras', 'lire', 'try'], money('TRY')],
  [['riyal', 'riyals', 'sar'], money('SAR')],
  [['dirham', 'dirhams', 'aed'], money('AED')],
  // A currency's bare name is the one most often meant in English-language news; a country before it decides.
  [['rial', 'rials', 'iranian rial', 'iranian rials', 'irr'], money('IRR')],
  [['omani rial', 'omani rials'], money('OMR')],
  [['yemeni rial', 'yemeni rials'], money('YER')],
  [['qatari riyal', 'qatari riyals'], money('QAR')],
  [['dinar', 'dinars', 'iraqi dinar', 'iraqi dinars', 'iqd'], money('IQD')],
  [['kuwaiti dinar', 'kuwaiti dinars', 'kwd'], money('KWD')],
  [['jordanian dinar', 'jordanian dinars'], money('JOD')],
  [['bahraini dinar', 'bahraini dinars'], money('BHD')],
  [['libyan dinar', 'libyan dinars'], money('LYD')],
  [['tunisian dinar', 'tunisian dinars'], money('TND')],
  [['algerian dinar', 'algerian dinars'], money('DZD')],
  [['serbian dinar', 'serbian dinars'], money('RSD')],
  [['pakistani rupee', 'pakistani rupees', 'pkr'], money('PKR')],
  [['sri lankan rupee', 'sri lankan rupees', 'lkr'], money('LKR')],
  [['nepalese rupee', 'nepalese rupees'], money('NPR')],
  [['taka', 'bangladeshi taka'], money('BDT')],
  [['rupiah', 'idr'], money('IDR')],
  [['shilling', 'shillings'], money('KES')],
  [['kenyan shilling', 'kenyan shillings'], money('KES')],
  [['ugandan shilling', 'ugandan shillings'], money('UGX')],
  [['tanzanian shilling', 'tanzanian shillings'], money('TZS')],
  [['cedi', 'cedis'], money('GHS')],
  [['birr'], money('ETB')],
  [['kwacha'], money('ZMW')],
  [['cfa franc', 'cfa francs'], money('XOF')],
  [['tenge', 'kzt'], money('KZT')],
  [['kyat', 'kyats'], money('MMK')],
  [['riel', 'riels'], money('KHR')],
  [['afghanis'], money('AFN')],
  [['argentine peso', 'argentine pesos', 'argentinian pesos', 'ars'], money('ARS')],
  [['chilean peso', 'chilean pesos', 'clp'], money('CLP')],
  [['colombian peso', 'colombian pesos'], money('COP')],
  [['philippine peso', 'philippine pesos'], money('PHP')],
  [['bolivar', 'bolivars', 'bolivares'], money('VES')],
  [['brazilian real', 'brazilian reais'], money('BRL')],
  [['south african rand'], money('ZAR')],
  [['lev', 'leva', 'bulgarian lev', 'bgn'], money('BGN')],
  [['naira', 'ngn'], money('NGN')],
  [['ringgit', 'myr'], money('MYR')],
  [['baht', 'thb'], money('THB')],
  [['dong', 'vnd'], money('VND')],
  [['zloty', 'zlotys', 'pln'], money('PLN')],
  [['forint', 'forints', 'huf'], money('HUF')],
  [['koruna', 'korunas', 'czk'], money('CZK')],
  [['lei', 'ron'], money('RON')],
  [['kuna', 'kn', 'hrk'], money('HRK')],
  [['real', 'reais', 'brl'], money('BRL')],
  [['usd'], money('USD')],
  [['cad'], money('CAD')],
  [['aud'], money('AUD')],
  [['hkd'], money('HKD')],
  [['bitcoin', 'bitcoins', 'btc'], money('BTC')],
  [['₡'], money('CRC')],
  [['₾'], money('GEL')],
  [['₭'], money('LAK')],
  [['ரூ'], money('LKR')],
  [['€'], money('EUR')],
];

export const maxUnitWords = 3;

/** Units by their first word; each list holds the word sequences starting with it, longest first. */
export const unitsByFirstWord = new Map<string, Array<{ words: string[]; info: UnitInfo }>>();
/** Every spelling of every unit, for glued suffixes ("10kW", "5.5kWh", "7.62mm"). */
export const unitBySpelling = new Map<string, UnitInfo>();
for (const [spellings, info] of unitTable) {
  for (const spelling of spellings) {
    const words = spelling.split(' ');
    const list = unitsByFirstWord.get(words[0]) ?? [];
    list.push({ words, info });
    list.sort((a, b) => b.words.length - a.words.length);
    unitsByFirstWord.set(words[0], list);
    if (!unitBySpelling.has(spelling.replace(/ /g, ''))) unitBySpelling.set(spelling.replace(/ /g, ''), info);
  }
}

/**
 * Glued suffixes whose case decides their meaning. "M" after digits is a million, "m" a metre; "G"
 * after digits is a generation of mobile networks ("5G"), "g" a gram; "MB" a megabyte, "mb" a megabit.
 */
export const caseSensitiveSuffixes = new Map<string, UnitInfo>([
  ['m', measure('m')], ['G', measure('G')], ['g', measure('g')], ['MB', measure('MB')], ['mb', measure('Mb')], ['Mb', measure('Mb')],
  ['p', money('GBX')], ['W', measure('W')], ['L', measure('l')], ['l', measure('l')], ['C', { kind: 'measure', unit: '°C', temperature: true }],
  ['F', { kind: 'measure', unit: '°F', temperature: true }], ['a', duration('year')],
]);

/** Units that need a digit right before them (a lone "m" or "in" after a spelled number is a word). */
export const ambiguousUnitWords = new Set(['m', 'in', 'ft', 'g', 'gr', 'l', 't', 'v', 'w', 'p', 'c', 'mi', 'pa', 'bar', 'real', 'won',
  'mark', 'marks', 'rand', 'lei', 'dong', "'", '"', '″', 'kn', 'try', 'sar', 'ron', 'rub', 'min', 'mo', 'mos', 'sec', 'night', 'nights',
  'stone', 'pc', 'pp', 'bp', 'gal', 'a', 'k']);

/** Currency signs written before a number, with the words or letters that may be glued before "$". */
export const currencySigns = new Map<string, string>([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₽', 'RUB'], ['₴', 'UAH'], ['₹', 'INR'], ['₩', 'KRW'],
  ['₺', 'TRY'], ['₪', 'ILS'], ['₦', 'NGN'], ['₱', 'PHP'], ['₫', 'VND'], ['₡', 'CRC'], ['₾', 'GEL'], ['₭', 'LAK'],
  ['฿', 'THB'], ['₿', 'BTC'], ['元', 'CNY'], ['¢', 'cent'],
]);
export const dollarPrefixes = new Map<string, string>([
  ['us', 'USD'], ['u.s', 'USD'], ['u.s.', 'USD'], ['c', 'CAD'], ['ca', 'CAD'], ['can', 'CAD'], ['a', 'AUD'], ['au', 'AUD'],
  ['nz', 'NZD'], ['hk', 'HKD'], ['s', 'SGD'], ['sg', 'SGD'], ['nt', 'TWD'], ['r', 'BRL'], ['mx', 'MXN'], ['z', 'ZWL'],
]);
/** ISO codes and abbreviations written before an amount ("EUR 50m", "Rs 500", "RM3.06mil"). */
export const currencyCodesBefore = new Map<string, string>([
  ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'], ['jpy', 'JPY'], ['cny', 'CNY'], ['rmb', 'CNY'], ['chf', 'CHF'], ['cad', 'CAD'],
  ['aud', 'AUD'], ['nzd', 'NZD'], ['hkd', 'HKD'], ['sgd', 'SGD'], ['inr', 'INR'], ['rs', 'INR'], ['rs.', 'INR'], ['rub', 'RUB'],
  ['uah', 'UAH'], ['rm', 'MYR'], ['sek', 'SEK'], ['nok', 'NOK'], ['dkk', 'DKK'], ['pln', 'PLN'], ['zar', 'ZAR'], ['brl', 'BRL'],
  ['krw', 'KRW'], ['try', 'TRY'], ['ils', 'ILS'], ['nis', 'ILS'], ['sen', 'sen'], ['kes', 'KES'], ['ksh', 'KES'], ['egp', 'EGP'],
]);

/** Words after which a number names something rather than counting it ("Section 427", "Flight 17"). */
export const identifierHeads = new Set([
  'section', 'sections', 'article', 'articles', 'chapter', 'rule', 'resolution', 'flight', 'route', 'highway', 'interstate',
  'room', 'no', 'nos', 'nr', 'nrs', 'number', 'item', 'part', 'title', 'amendment', 'page', 'pages', 'p', 'pp', 'line', 'gate',
  'platform', 'bill', 'case', 'exhibit', 'paragraph', 'para', 'clause', 'version', 'v', 'model', 'row', 'seat', 'game', 'level',
  'stage', 'phase', 'category', 'cat', 'unit', 'suite', 'box', 'lot', 'pier', 'terminal', 'district', 'ward', 'precinct',
  'zone', 'channel', 'track', 'isbn', 'issn', 'doi', 'covid', 'apollo', 'episode', 'season', 'series', 'volume', 'vol', 'issue',
  'figure', 'fig', 'table', 'step', 'grade', 'class', 'size', 'exit', 'junction', 'lane', 'bus', 'tel', 'phone', 'fax', 'ext',
  'code', 'region', 'block', 'floor', 'building', 'hall', 'pavilion', 'bay', 'berth', 'runway', 'sector', 'tier', 'round',
  'week', 'matchday', 'day', 'act', 'stanza', 'verse', 'psalm', 'psalms', 'genesis', 'windows', 'iphone', 'ios', 'android', 'galaxy',
  'pixel', 'xbox', 'playstation', 'boeing', 'airbus', 'formula', 'ligue', 'bundesliga', 'serie', 'ftse', 'nasdaq', 'dow', 'stoxx',
  'russell', 'fortune', 'nikkei', 'hang', 'seng', 'kospi', 'sensex', 'nifty', 'cac', 'dax', 'ibex', 'asx', 's&p', 'p', 'ta',
  'mk', 'mark', 'type', 'generation', 'gen', 'studio', 'camp', 'ss', 'hms', 'uss', 'lenin', 'catherine', 'louis', 'henry', 'elizabeth',
  'george', 'edward', 'pope', 'john', 'paul', 'benedict', 'gregory', 'pius', 'charles', 'william', 'world', 'war', 'ww', 'big', 'top',
  'opec', 'g', 'f', 'su', 'mig', 'b', 't', 'vol.', 'sp', 'zip',
]);

/** Street words: a number right before "Main Street" or "Industrial Avenue" is an address. */
export const streetWords = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'drive', 'dr', 'way',
  'place', 'square', 'court', 'terrace', 'parkway', 'highway', 'crescent', 'close', 'plaza']);

/** Words that end a counted noun phrase: determiners, prepositions, pronouns, conjunctions, verbs. */
/**
 * Irregular past participles: after the phrase's first word they end it ("three quarters of
 * contraction seen from April"); first, or after a possessive, they describe the noun ("nine stolen
 * items", "a third of the world's known reserves").
 */
/**
 * Periods that make a duration after "a" only with a qualifier before it ("nearly a year", "more
 * than a week"): "a year" alone is most often a rate ("$5 a year") or part of a date ("a year ago").
 */
export const qualifiedPeriods = new Set(['year', 'month', 'week', 'fortnight', 'day', 'hour']);

/** Words after a race's margin of time: "a second behind", "a minute clear of", "a second outside the record". */
export const marginAfter = new Set(['behind', 'ahead', 'clear', 'outside', 'inside', 'slower', 'faster', 'quicker', 'adrift', 'off']);

/**
 * "a second behind", "a minute clear of": one second or minute of a margin, not the ordinal "a second
 * term", nor the unit of a fraction ("a hundredth of a second faster").
 */
export function isMarginOfOne(keys: string[], article: number): boolean {
  const unit = keys[article + 1];
  return keys[article] === 'a' && keys[article - 1] !== 'of' && (unit === 'second' || unit === 'minute') && marginAfter.has(keys[article + 2] ?? '');
}

export const pastParticiples = new Set(['seen', 'taken', 'given', 'known', 'shown', 'done', 'made', 'held', 'paid', 'sold', 'built',
  'found', 'lost', 'spent', 'won', 'kept', 'brought', 'bought', 'caught', 'thrown', 'grown', 'drawn', 'driven', 'written', 'broken',
  'chosen', 'begun', 'gone', 'eaten', 'fallen', 'risen', 'stolen', 'hidden', 'forgotten', 'frozen', 'sent', 'meant', 'felt']);

export const nounStops = new Set([
  'myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves',
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'without', 'near', 'into',
  'onto', 'than', 'that', 'which', 'who', 'whom', 'whose', 'what', 'were', 'was', 'are', 'is', 'am', 'be', 'been', 'being', 'have',
  'has', 'had', 'having', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'shall', 'can', 'may', 'might', 'must', 'since',
  'during', 'after', 'before', 'across', 'along', 'as', 'per', 'ago', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our',
  'my', 'your', 'it', 'they', 'he', 'she', 'we', 'i', 'you', 'them', 'him', 'us', 'me', 'there', 'here', 'last', 'next', 'each',
  'every', 'more', 'less', 'fewer', 'over', 'under', 'about', 'around', 'up', 'down', 'out', 'off', 'so', 'too', 'very', 'also',
  'still', 'only', 'just', 'not', 'no', 'if', 'when', 'while', 'where', 'because', 'earlier', 'later', 'ago', 'then', 'than',
  'between', 'among', 'against', 'through', 'throughout', 'until', 'till', 'via', 'within', 'above', 'below', 'behind', 'beyond',
  'including', 'included', 'excluding', 'like', 'unlike', 'versus', 'vs', 'whereas', 'although', 'though', 'yet', 'even', 'ever',
  'all', 'both', 'either', 'neither', 'such', 'any', 'some', 'many', 'much', 'most', 'own', 'same', 'other', 'another', 'else',
  'again', 'already', 'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'said', 'says', 'say', 'told', 'according', 'became',
  'become', 'becomes', 'remain', 'remained', 'remains', 'got', 'get', 'gets', 'went', 'go', 'goes', 'came', 'come', 'comes',
  'made', 'make', 'makes', 'took', 'take', 'takes', 'gave', 'give', 'gives', 'saw', 'see', 'sees', 'left', 'died', 'killed',
  'rose', 'fell', 'rise', 'fall', 'rises', 'falls', 'grew', 'grow', 'grows', 'dropped', 'climbed', 'jumped', 'surged', 'slid',
  'plunged', 'gained', 'lost', 'increased', 'decreased', 'declined', 'reached', 'totaled', 'totalled', 'cost', 'costs', 'worth',
  'a-year', 'apiece', 'each', 'respectively', 'or so', 'plus', 'minus', 'times', 'percent', 'pct', 'mr', 'mrs', 'ms', 'dr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'whom', 'how', 'why', 'once', 'twice', 'whether', 'let', 'lets', 'amid', 'despite', 'upon',
  'toward', 'towards', 'past', 'inside', 'outside', 'beside', 'besides', 'alongside', 'compared', 'says', 'reportedly', 'either',
  'old', 'long', 'tall', 'high', 'wide', 'deep', 'away', 'apart', 'later', 'earlier', 'back', 'ahead', 'instead', 'overall',
  // Past tenses without "-ed" that are never nouns ("one worker quit", "two soldiers fought on").
  'quit', 'fled', 'won', 'ran', 'sat', 'stood', 'held', 'kept', 'met', 'paid', 'sold', 'bought', 'brought', 'thought', 'began',
  'broke', 'chose', 'drove', 'ate', 'fought', 'flew', 'knew', 'meant', 'rode', 'spoke', 'stole', 'struck', 'swam', 'threw', 'wrote',
  'sent', 'built', 'felt', 'heard', 'dealt', 'sought', 'taught', 'caught', 'forgot', 'hid', 'slept', 'woke', 'wore', 'swore', 'sank',
]);

/** Plural nouns without a final "s" and collective nouns that are counted as they are. */
export const pluralNouns = new Set([
  'people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'cattle', 'sheep', 'fish', 'data', 'troops', 'military',
  'deer', 'aircraft', 'livestock', 'offspring', 'feet', 'teeth', 'geese', 'mice', 'crew', 'youth', 'clergy', 'fishermen',
  'firemen', 'policemen', 'servicemen', 'gentlemen', 'businessmen', 'congressmen', 'chairmen', 'spokesmen', 'militia', 'poultry',
  'swine', 'salmon', 'trout', 'bison', 'moose', 'elk', 'vermin', 'alumni', 'criteria', 'phenomena', 'media', 'bacteria', 'fungi',
  'cacti', 'nuclei', 'stimuli', 'indices', 'matrices', 'vertices', 'oxen', 'lice', 'dice', 'folk', 'kin', 'infantry', 'cavalry',
  'workforce', 'population', 'persons',
  // "a significance of 3.5 sigma": standard deviations, the same word for one and many.
  'sigma',
]);

/** Singular nouns that end in "s" and would otherwise look plural. */
export const notPlural = new Set(['bus', 'gas', 'campus', 'status', 'virus', 'census', 'bonus', 'focus', 'crisis', 'basis',
  'analysis', 'thesis', 'series', 'species', 'news', 'physics', 'economics', 'politics', 'mathematics', 'lens', 'atlas', 'bias',
  'plus', 'surplus', 'chaos', 'canvas', 'alias', 'this', 'his', 'its', 'was', 'is', 'has', 'does', 'us', 'yes', 'thus', 'less',
  'unless', 'across', 'whereas', 'perhaps', 'always', 'afterwards', 'towards', 'nevertheless', 'ethos', 'pathos', 'iris',
  'tennis', 'kansas', 'texas', 'paris', 'athens', 'los', 'las', 'hopkins', 'jones', 'williams', 'christmas', 'gross', 'cross',
  'class', 'glass', 'grass', 'mass', 'boss', 'loss', 'press', 'process', 'progress', 'congress', 'success', 'access', 'address',
  'business', 'witness', 'stress', 'express', 'fitness', 'wellness', 'illness', 'awareness', 'means']);

/** Adverbs ending in -ly are stops; these -ly words are nouns or adjectives inside a noun phrase. */
export const lyNouns = new Set(['family', 'families', 'supply', 'supplies', 'ally', 'allies', 'rally', 'rallies', 'italy', 'july',
  'assembly', 'monopoly', 'anomaly', 'anomalies', 'reply', 'replies', 'belly', 'jelly', 'bully', 'lily', 'fly', 'early', 'daily',
  'weekly', 'monthly', 'yearly', 'quarterly', 'elderly', 'holy', 'only', 'lonely', 'friendly', 'costly', 'deadly', 'likely',
  'poly', 'emily', 'kelly', 'sally', 'billy', 'molly', 'holly', 'wholly', 'burly', 'curly', 'oily', 'silly', 'ugly', 'lovely']);

/** Nouns after which a dollar amount, a measure or a count is a rate ("$52 a barrel", "40 hours a week"). */
export const perNouns = new Set(['share', 'barrel', 'gallon', 'litre', 'liter', 'pound', 'kilo', 'kilogram', 'ton', 'tonne', 'ounce',
  'head', 'person', 'capita', 'unit', 'piece', 'seat', 'ticket', 'dozen', 'mile', 'kilometre', 'kilometer', 'night', 'day',
  'week', 'month', 'year', 'hour', 'minute', 'second', 'annum', 'game', 'match', 'season', 'quarter', 'room', 'household',
  'student', 'pupil', 'patient', 'worker', 'employee', 'vote', 'visit', 'test', 'dose', 'kwh', 'mwh', 'share', 'bottle', 'pack',
  'item', 'square', 'sq', 'meal', 'trip', 'ride', 'click', 'page', 'copy', 'user', 'subscriber', 'customer', 'acre', 'hectare',
  'metre', 'meter', 'foot', 'kg', 'lb', 'mile', 'km', 'gram', 'g', 'oz', 'bbl', 'mmbtu', 'megawatt', 'flight', 'inning', 'fortnight',
  'a-year', 'a-month', 'a-week', 'a-day', 'a-share', 'pint', 'pints', 'loaf', 'packet', 'box', 'cup', 'glass']);

/** Verbs of change: a figure after them is a change rather than a level ("rose 3 points"). */
export const increaseVerbs = new Set(['rose', 'rise', 'rises', 'rising', 'risen', 'increased', 'increase', 'increases', 'grew', 'grow',
  'grows', 'growing', 'grown', 'gained', 'gain', 'gains', 'climbed', 'climb', 'climbs', 'jumped', 'jump', 'jumps', 'surged',
  'surge', 'surges', 'soared', 'soar', 'soars', 'added', 'advanced', 'up', 'rallied', 'rebounded', 'spiked', 'doubled', 'tripled',
  'raised', 'boosted', 'lifted', 'higher', 'expanded', 'edged', 'inched', 'firmed', 'strengthened', 'appreciated', 'ticked']);
export const decreaseVerbs = new Set(['fell', 'fall', 'falls', 'falling', 'fallen', 'dropped', 'drop', 'drops', 'declined', 'decline',
  'declines', 'decreased', 'decrease', 'decreases', 'slid', 'slide', 'slides', 'plunged', 'plunge', 'plunges', 'tumbled', 'tumble',
  'lost', 'lose', 'loses', 'shed', 'sheds', 'down', 'slipped', 'slip', 'slumped', 'slump', 'sank', 'sink', 'cut', 'cuts',
  'reduced', 'lowered', 'lower', 'eased', 'dipped', 'dip', 'shrank', 'shrink', 'contracted', 'plummeted', 'crashed', 'retreated',
  'weakened', 'depreciated', 'halved', 'trimmed', 'lost']);

export const months = new Map<string, number>([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4], ['may', 5],
  ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);
export const weekdays = new Map<string, number>([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
  ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6], ['sun', 0],
]);
/** Periods that "this", "last" and "next" can name ("last month", "this summer"). */
export const relativePeriods = new Set(['week', 'month', 'year', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter', 'quarter',
  'season', 'decade', 'century', 'morning', 'afternoon', 'evening', 'night', 'term', 'semester', 'half']);
/** The first month of each season, as the northern hemisphere's weather services count them. */
export const seasonStarts = new Map<string, number>([['spring', 3], ['summer', 6], ['autumn', 9], ['fall', 9], ['winter', 12]]);
/** Single words that name a day relative to the article's date. */
export const relativeDays = new Map<string, number>([['today', 0], ['yesterday', -1], ['tomorrow', 1], ['tonight', 0]]);
