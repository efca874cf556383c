import { describe, expect, it } from 'vitest';
import { textRelatedAndMessage } from './testing.js';

/** The parts-sum findings of a plain-text article. */
const check = textRelatedAndMessage('parts-sum');

const embezzlement = [
  'Treasurer jailed for £1.6m theft from sailing club',
  '',
  'A former treasurer who took £1.6m from a sailing club over eight years has been jailed for five years.',
  '',
  'The court heard that Dennis Orme spent about £520,000 on a yacht, £290,000 on cars and nearly £700,000 on gambling. The rest, about £110,000, was never found.',
  '',
  'He earned £41,000 a year as the club’s finance officer.',
  '',
].join('\n');

describe('an amount called the rest', () => {
  it('completes the list before it to a total named earlier in the article', () => {
    expect(check(embezzlement)).toEqual([]);
    expect(check(embezzlement.replace('about £520,000', 'about £820,000'))).toEqual([
      {
        text: 'about £110,000',
        related: ['about £820,000', '£290,000', 'nearly £700,000', '£1.6m'],
        message: '“about £110,000” called the rest does not complete the parts before it to “£1.6m”: “about £820,000” + “£290,000” + “nearly £700,000” + “about £110,000” = £1.92m',
      },
    ]);
    expect(check(embezzlement.replace('about £110,000', 'about £410,000')).map((f) => f.text)).toEqual(['about £410,000']);
  });

  it('takes "nearly" as at most the amount, not its written rounding', () => {
    // £1.43m to £1.57m with "nearly £700,000" read as £630,000 to £700,000: £1.6m is out of reach.
    expect(check(embezzlement.replace('about £520,000', '£450,000').replace('about £110,000', '£80,000')).map((f) => f.text)).toEqual(['£80,000']);
  });

  it('counts the same noun as its total, in the same sentence as the list', () => {
    const flights = 'Storm Ewan grounded 340 flights across the country on Friday.\n\nOf those, 120 flights were cancelled at Heathrow and 95 at Gatwick, with the remaining 125 at regional airports.\n';
    expect(check(flights)).toEqual([]);
    expect(check(flights.replace('remaining 125', 'remaining 225')).map((f) => f.message)).toEqual([
      '“225” called the rest does not complete the parts before it to “340 flights”: “120 flights” + “95” + “225” = 440',
    ]);
  });

  it('is left alone when any earlier amount fits the sum', () => {
    const both = 'The charity raised £4m last year and paid its chief executive £180,000.\n\nIt spent £2.5m on hospices and £1.1m on research. The remainder, £400,000, went on running costs.\n';
    expect(check(both)).toEqual([]);
  });

  it('is left alone with no total named before its paragraph', () => {
    expect(check('The club spent £2.5m on a striker and £1.1m on a winger. The rest, £400,000, went on youth coaches.\n')).toEqual([]);
    expect(check('Of the £4m raised, it spent £2.5m on hospices and £1.1m on research, and the rest, £900,000, on running costs.\n')).toEqual([]);
  });

  it('is left alone when the paragraph names more levels of the measure before the list', () => {
    const seats = 'The Civic party won 44 of the 150 seats.\n\nThe Homeland party will have 24 seats. The Greens took 19 seats and the Liberals 15 seats. Smaller parties shared the remaining 13 seats.\n';
    expect(check(seats)).toEqual([]);
  });

  it('takes a yearly total, and "the rest of the region\'s budget"', () => {
    const budget = 'The pact would take combined spending to about €5.4bn a year, officials said.\n\nNorway will spend €1.9bn next year and Iceland €0.3bn. The rest of the region\'s budget, about €3.2bn, falls to Sweden.\n';
    expect(check(budget)).toEqual([]);
    expect(check(budget.replace('about €3.2bn', 'about €2.6bn')).map((f) => f.text)).toEqual(['about €2.6bn']);
  });

  it('keeps "about" near its digits when it has two or more', () => {
    // "about €5.4bn" is €5.29bn to €5.51bn here, not €4.86bn to €5.94bn: a list of €5.8bn does not fit it.
    const budget = 'The pact would take combined spending to about €5.4bn a year, officials said.\n\nNorway will spend €2.3bn next year and Iceland €0.3bn. The rest of the region\'s budget, about €3.2bn, falls to Sweden.\n';
    expect(check(budget).map((f) => f.text)).toEqual(['about €3.2bn']);
  });

  it('takes the level opening its paragraph for the total when the parts add up near it', () => {
    const cars = 'Sales fell 6% to 152,000 cars, with China down to 28,000, from 39,000. Europe took 70,000 cars and the United States 31,000. The remaining 23,000 went to other markets.\n';
    expect(check(cars)).toEqual([]);
    expect(check(cars.replace('Europe took 70,000', 'Europe took 80,000'))).toEqual([
      {
        text: '23,000',
        related: ['28,000', '80,000 cars', '31,000', '152,000 cars'],
        message: '“23,000” called the rest does not complete the parts before it to “152,000 cars”: “28,000” + “80,000 cars” + “31,000” + “23,000” = 162,000',
      },
    ]);
  });

  it('reads parts over paragraphs from a whole named with its first part', () => {
    const seats = 'The Alliance won 41 of the 101 seats, ten short of a majority.\n\nThe People\'s Party came second with 29 seats, down from 36. The Greens took 13 seats, and the Nation party 11 seats. Smaller parties shared the remaining 7 seats.\n';
    expect(check(seats)).toEqual([]);
    expect(check(seats.replace('The Greens took 13 seats', 'The Greens took 15 seats'))).toEqual([
      {
        text: '7 seats',
        related: ['41', '29 seats', '15 seats', '11 seats', '101 seats'],
        message: '“7 seats” called the rest does not complete the parts before it to “101 seats”: “41” + “29 seats” + “15 seats” + “11 seats” + “7 seats” = 103',
      },
    ]);
    // A count the finder misses ("and Nation 11 seats") leaves the sum short: counts are flagged only above the whole.
    expect(check(seats.replace('The Greens took 13 seats', 'The Greens took 15 seats').replace('and the Nation party 11 seats', 'and Nation 11 seats'))).toEqual([]);
    expect(check(seats.replace('The Greens took 13 seats', 'The Greens took 11 seats'))).toEqual([]);
  });

  it('needs a total counting its noun when the rest has none', () => {
    expect(check('The poll of 2,400 voters was taken last week.\n\nTwelve lean one way and eight the other. The remaining 16 are undecided.\n')).toEqual([]);
  });
});

describe('a list closed by its total', () => {
  const divisions = (total: string) => `The company has three divisions: shipping, with 600 staff; logistics, with 450; and a small data arm with 150, for a total of ${total}.\n`;

  it('"600 staff; ... 450; ... 150, for a total of 1,300" was not checked', () => {
    expect(check(divisions('1,200'))).toEqual([]);
    expect(check(divisions('1,300'))).toEqual([
      { text: '1,300', related: ['600 staff', '450', '150'], message: '“1,300” is not the total of the parts listed before it: “600 staff” + “450” + “150” = 1,200' },
    ]);
    expect(check('The council will spend £3m on roads and £2.5m on schools, a total of £5.5m.\n')).toEqual([]);
    expect(check('The council will spend £3m on roads and £2.5m on schools, a total of £6.5m.\n').map((f) => f.text)).toEqual(['£6.5m']);
    expect(check('The hospital treated 120 patients on Monday, 95 on Tuesday and 140 on Wednesday, a total of 355.\n')).toEqual([]);
    expect(check('The hospital treated 120 patients on Monday, 95 on Tuesday and 140 on Wednesday, a total of 385.\n').map((f) => f.text)).toEqual(['385']);
  });

  it('"150 in data - 1,300 in all" was not checked (the total before "in all")', () => {
    expect(check('The firm employs 600 people in shipping, 450 in logistics and 150 in data - 1,200 in all.\n')).toEqual([]);
    expect(check('The firm employs 600 people in shipping, 450 in logistics and 150 in data - 1,300 in all.\n').map((f) => f.message)).toEqual([
      '“1,300” is not the total of the parts listed before it: “600 people” + “450” + “150” = 1,200',
    ]);
    // "120 of them women" is a part of a part.
    expect(check('The club has 300 members, 120 of them women, and 45 new members joined this year, making a total of 345.\n')).toEqual([]);
  });

  it('leaves alone a first figure that is no part, rounding, counts of other nouns, missed parts and shares per member', () => {
    // "20 staff" is the firm's size, not a part: the run of the last two fits.
    expect(check('The firm, which has 20 staff, hired 5 graduates and 3 apprentices in 2025, for a total of 8 new starters.\n')).toEqual([]);
    expect(check('Sales reached 1.24 million cars in Europe and 810,000 in Asia, for a total of just over 2 million.\n')).toEqual([]);
    // "3 houses" counts another noun: the list stops there, one part is no list.
    expect(check('Police seized 40 rifles and 12 pistols from 3 houses, a total of 52 weapons.\n')).toEqual([]);
    // A number the finder did not read as a part leaves the list alone.
    expect(check('Shipping has 600 staff, logistics 450 and the data arm 150 plus 1 intern, for a total of 1,300.\n')).toEqual([]);
    // A total for a group of its own: prices per member.
    expect(check('Ticket prices are £45 for adults and £20 for children, a total of £130 for a family of four.\n')).toEqual([]);
    // "each" makes the total a product (eachTimesCount), not a sum.
    expect(check('The 1,200 nurses will each get £1,500 and the 300 doctors £2,000, a total of £2.4m.\n')).toEqual([]);
  });
});
