/**
 * Names as readers write them (src/check/attribute/cast.ts): each case a name as a review writes it,
 * and what it means among a self-written cast. An ambiguous name is reported with its candidates,
 * never guessed; a name no character has is reported as such.
 */
import { describe, expect, it } from 'vitest';
import { buildCast, type CastSource } from '../../src/check/attribute/cast.js';

/** A family novel of the usual kind: sisters, parents, a married daughter, a colonel or two. */
const FAMILY: CastSource = {
  characters: [
    { id: 'c0', name: 'Mr. Ashby', aliases: ['Mr. Ashby', 'Ashby'], gender: 'male', mentions: 120 },
    { id: 'c1', name: 'Mrs. Ashby', aliases: ['Mrs. Ashby'], gender: 'female', mentions: 140 },
    {
      id: 'c2',
      name: 'Elizabeth',
      aliases: ['Elizabeth', 'Lizzy', 'Miss Elizabeth Ashby', 'Elizabeth Ashby'],
      gender: 'female',
      mentions: 600,
    },
    { id: 'c3', name: 'Jane', aliases: ['Jane', 'Miss Jane Ashby'], gender: 'female', mentions: 250 },
    { id: 'c4', name: 'Miss Ashby', aliases: ['Miss Ashby'], gender: 'female', mentions: 40 },
    { id: 'c5', name: 'Kitty', aliases: ['Kitty'], gender: 'female', mentions: 60 },
    {
      id: 'c6',
      name: 'Mr. Dalloway',
      aliases: ['Mr. Dalloway', 'Dalloway', 'Frederick Dalloway'],
      gender: 'male',
      mentions: 300,
    },
    {
      id: 'c7',
      name: 'Miss Dalloway',
      aliases: ['Miss Dalloway', 'Georgiana Dalloway'],
      gender: 'female',
      mentions: 30,
    },
    { id: 'c8', name: 'Colonel Brand', aliases: ['Colonel Brand'], gender: 'male', mentions: 25 },
    { id: 'c9', name: 'Colonel Fane', aliases: ['Colonel Fane'], gender: 'male', mentions: 12 },
    { id: 'c10', name: 'Henry Walsh', aliases: ['Henry Walsh', 'Henry'], gender: 'male', mentions: 90 },
    {
      id: 'c11',
      name: 'Lydia',
      aliases: ['Lydia', 'Miss Lydia Ashby', 'Lydia Wickford'],
      gender: 'female',
      mentions: 80,
    },
    { id: 'c12', name: 'Cheshire Cat', aliases: ['Cheshire Cat', 'Cat'], gender: 'male', mentions: 22 },
    { id: 'c13', name: 'the stranger', aliases: ['the stranger'], gender: 'male', mentions: 9 },
    { id: 'c14', name: 'Mrs. Herriton', aliases: ['Mrs. Herriton'], gender: 'female', mentions: 70 },
    {
      id: 'c15',
      name: 'Jacob Holt',
      aliases: ['Jacob Holt', 'Jacob', 'Jacob Lambert Holt'],
      gender: 'male',
      mentions: 40,
    },
    // known only by the family name, and taken for a woman by the model's pronouns
    { id: 'c15q', name: 'Quill', aliases: ['Quill'], gender: 'female', mentions: 44 },
    {
      id: 'c18',
      name: 'Lord Antony Dewar',
      aliases: ['Lord Antony Dewar', 'Lord Antony'],
      gender: 'male',
      mentions: 30,
    },
    {
      id: 'c16',
      name: 'Mrs. Julius Barton',
      aliases: ['Mrs. Julius Barton', 'Mrs. Barton'],
      gender: 'female',
      mentions: 15,
    },
    { id: 'c17', name: 'Queen', aliases: ['Queen'], gender: 'female', mentions: 50 },
    { id: 'c19', name: 'Lady Bridget', aliases: ['Lady Bridget'], gender: 'female', mentions: 80 },
    { id: 'c20', name: 'King George', aliases: ['King George'], gender: 'male', mentions: 12 },
  ],
};

const cast = buildCast(FAMILY);

type Expect = string | { ambiguous: string[] } | 'unknown' | 'narrator';

const CASES: [written: string, expected: Expect, matchedBy?: string][] = [
  // any name the book gives them
  ['Mr. Ashby', 'Mr. Ashby', 'name'],
  ['Mister Ashby', 'Mr. Ashby', 'name'],
  ['mr ashby', 'Mr. Ashby', 'name'],
  ['Elizabeth', 'Elizabeth', 'name'],
  ["Elizabeth's", 'Elizabeth', 'name'],
  // first name, surname, title + surname, full name the book never prints whole
  ['Georgiana', 'Miss Dalloway', 'first-name'],
  ['Walsh', 'Henry Walsh', 'surname'],
  ['Mr. Walsh', 'Henry Walsh', 'title-surname'],
  ['Frederick Dalloway', 'Mr. Dalloway', 'name'],
  ['Jane Ashby', 'Jane', 'full-name'],
  ['Miss Georgiana Dalloway', 'Miss Dalloway', 'full-name'],
  // a middle name and the family name ("Lambert Strether" for "Lewis Lambert Strether")
  ['Lambert Holt', 'Jacob Holt', 'full-name'],
  // a diminutive, both ways
  ['Lizzie', 'Elizabeth', 'diminutive'],
  ['Eliza', 'Elizabeth', 'diminutive'],
  ['Harry', 'Henry Walsh', 'diminutive'],
  ['Jake', 'Jacob Holt', 'diminutive'],
  // …of an older spelling too
  ['Lord Tony', 'Lord Antony Dewar', 'diminutive'],
  ['Biddy', 'Lady Bridget', 'diminutive'],
  ['Catherine Ashby', 'Kitty', 'diminutive'],
  // the description the book uses
  ['the Cat', 'Cheshire Cat', 'description'],
  ['The Stranger', 'the stranger', 'name'],
  ['the Queen of Hearts', 'Queen', 'description'],
  // a married name carried by a woman the book also knows unmarried
  ['Mrs. Wickford', 'Lydia', 'married-name'],
  // …and her given name with the family name of a man of the book: the name she marries into
  ['Elizabeth Dalloway', 'Elizabeth', 'married-name'],
  // a man keeps his family name: no Henry is a Dalloway
  ['Henry Dalloway', 'unknown'],
  // a family name no character bears: the author, not the book's King George
  ['George Eliot', 'unknown'],
  ['George', 'King George', 'first-name'],
  // initials: the one main character they fit
  ['E', 'Elizabeth', 'initial'],
  ['D', 'Mr. Dalloway', 'initial'],
  // spelling slips
  ['Elisabeth', 'Elizabeth', 'spelling'],
  ['Mrs Herrington', 'Mrs. Herriton', 'spelling'],
  ['Henry Welsh', 'Henry Walsh', 'spelling'],
  // …but a full name put right meets its character only whole: not Colonel Brand by "Brant" alone
  // (probe round AE13: "Richard Babley" read as Captain Bailey)
  ['Richard Brant', 'unknown'],
  // "Mrs. Julius Barton" is the wife of Julius Barton, not him
  ['Julius Barton', 'unknown'],
  // ambiguous: never guessed
  ['Miss Ashby', { ambiguous: ['Miss Ashby', 'Elizabeth', 'Jane', 'Lydia'] }],
  ['the Colonel', { ambiguous: ['Colonel Brand', 'Colonel Fane'] }],
  ['Colonel', { ambiguous: ['Colonel Brand', 'Colonel Fane'] }],
  // titles that cannot both be right
  ['Mrs. Dalloway', 'unknown'],
  // a family name alone is the family's man: his wife is no character of the cast
  ['Mrs. Quill', 'unknown'],
  ['Quill', 'Quill', 'name'],
  ['Miss Walsh', 'unknown'],
  // a name no character has
  ['Mr. Smith', 'unknown'],
  ['Harold Bloom', 'unknown'],
  ['a commercial traveller', 'unknown'],
  // the narrator, and "I" in a credit ("I retorted")
  ['the narrator', 'narrator'],
  ['Narrator', 'narrator'],
  ['I', 'narrator'],
];

describe('cast: names as readers write them', () => {
  for (const [written, expected, matchedBy] of CASES) {
    it(`${written} → ${typeof expected === 'string' ? expected : `ambiguous ${expected.ambiguous.join('/')}`}`, () => {
      const r = cast.resolve(written);
      if (expected === 'unknown' || expected === 'narrator') {
        expect(r.status).toBe(expected);
        expect(r.character).toBeNull();
      } else if (typeof expected === 'string') {
        expect(r).toMatchObject({ status: 'character', character: expected });
        if (matchedBy) expect(r.matchedBy).toBe(matchedBy);
      } else {
        expect(r.status).toBe('ambiguous');
        expect(r.character).toBeNull();
        expect([...r.candidates].sort()).toEqual([...expected.ambiguous].sort());
      }
    });
  }

  it('reads an initial only when one character with it is named far more often than the others', () => {
    // Henry Walsh (90) and Mrs. Herriton (70) are both "H"
    expect(cast.resolve('H').status).toBe('ambiguous');
    // with no mention counts, nothing says which Dalloway "D" means; "E" fits Elizabeth alone
    const bare = buildCast({ characters: FAMILY.characters.map(({ mentions: _m, ...c }) => c) });
    expect(bare.resolve('D').status).toBe('ambiguous');
    expect(bare.resolve('E')).toMatchObject({ status: 'character', character: 'Elizabeth' });
  });

  it("gives the gender of the character a name means, for the credit reader's pronouns", () => {
    expect(cast.genderOf('Lizzy')).toBe('female');
    expect(cast.genderOf('Colonel Brand')).toBe('male');
    expect(cast.genderOf('Miss Ashby')).toBeNull();
  });

  it('a grandparent by family name is of the grandparent’s gender: "Grandpa Laurence" is no Mrs. Laurence', () => {
    // Little Women (probe AB3): the old man, his grandson, and a Mrs. Laurence named a few times.
    const family = buildCast({
      characters: [
        {
          id: 'g',
          name: 'Mr. Laurence',
          aliases: ['Mr. Laurence', 'Laurence'],
          gender: 'male',
          mentions: 86,
        },
        { id: 'm', name: 'Mrs. Laurence', aliases: ['Mrs. Laurence'], gender: 'female', mentions: 5 },
        { id: 't', name: 'Laurie', aliases: ['Laurie', 'Theodore Laurence'], gender: 'male', mentions: 590 },
      ],
    });
    expect(family.resolve('Grandpa Laurence')).toMatchObject({
      status: 'character',
      character: 'Mr. Laurence',
    });
    expect(family.resolve('Grandma Laurence')).toMatchObject({
      status: 'character',
      character: 'Mrs. Laurence',
    });
  });

  it('a nickname’s adjective before the name: "Long John Silver" is John Silver', () => {
    const crew = buildCast({
      characters: [{ id: 's', name: 'Silver', aliases: ['Silver', 'John Silver'], gender: 'male' }],
    });
    expect(crew.resolve('Long John Silver')).toMatchObject({ status: 'character', character: 'Silver' });
  });

  it('a short form of a man’s and a woman’s name alike says no gender: "Terry Nicholson" is Terry O. Nicholson', () => {
    // (probe round AF140: "Terry" read as a woman's name, Theresa's, and the man no credit met)
    const explorers = buildCast({
      characters: [
        { id: 't', name: 'Terry O. Nicholson', aliases: ['Terry', 'Nicholson'], gender: 'male' },
        { id: 'p', name: 'Pat Hanlon', aliases: ['Pat'], gender: 'male' },
      ],
    });
    expect(explorers.resolve('Terry Nicholson')).toMatchObject({
      status: 'character',
      character: 'Terry O. Nicholson',
    });
    expect(explorers.resolve('Pat Hanlon')).toMatchObject({ status: 'character', character: 'Pat Hanlon' });
  });

  it('a full name whose family name is a main character’s and whose given name only a minor one’s', () => {
    // (probe round AF182: "Jack Stapleton" and "Dr. John Watson" read as the book's "John", named three times)
    const moor = buildCast({
      characters: [
        { id: 's', name: 'Stapleton', aliases: ['Stapleton', 'Mr. Stapleton'], gender: 'male', mentions: 74 },
        { id: 'w', name: 'Watson', aliases: ['Watson', 'Dr. Watson'], gender: 'male', mentions: 111 },
        { id: 'j', name: 'John', aliases: ['John'], gender: 'male', mentions: 3 },
      ],
    });
    expect(moor.resolve('Jack Stapleton')).toMatchObject({ status: 'character', character: 'Stapleton' });
    expect(moor.resolve('Dr. John Watson')).toMatchObject({ status: 'character', character: 'Watson' });
    expect(moor.resolve('John')).toMatchObject({ status: 'character', character: 'John' });
    // …but the given name still where its bearer is named about as often: a family shares its name
    const family = buildCast({
      characters: [
        { id: 'b', name: 'Mrs. Bennet', aliases: ['Mrs. Bennet'], gender: 'female', mentions: 150 },
        { id: 'm', name: 'Mary', aliases: ['Mary'], gender: 'female', mentions: 60 },
      ],
    });
    expect(family.resolve('Mary Bennet')).toMatchObject({ status: 'character', character: 'Mary' });
  });

  it('a name in the possessive names someone by their relation, not that character', () => {
    expect(cast.resolve('Elizabeth’s sister').status).toBe('unknown');
    expect(cast.resolve("Kitty's Father").status).toBe('unknown');
    // a heading in capitals, or a list that capitalises every word
    expect(cast.resolve("KITTY'S FATHER").status).toBe('unknown');
    expect(cast.resolve("Kitty'S Father").status).toBe('unknown');
    expect(cast.resolve('Kitty').status).toBe('character');
  });

  it('without a cast every name is unknown, and "the narrator" still the narrator', () => {
    const empty = buildCast(null);
    expect(empty.resolve('Elizabeth').status).toBe('unknown');
    expect(empty.resolve('the narrator').status).toBe('narrator');
  });
});

describe('cast: names that look alike', () => {
  it('"St. John" is a name of its own, never John Reed; "John" is John Reed', () => {
    const house = buildCast({
      characters: [
        { id: 'r', name: 'John Reed', aliases: ['John Reed', 'John', 'Mr. Reed'], gender: 'male' },
        {
          id: 's',
          name: 'St. John',
          aliases: ['St. John', 'Mr. St. John', 'St. John Rivers'],
          gender: 'male',
        },
      ],
    });
    expect(house.resolve('St. John')).toMatchObject({ status: 'character', character: 'St. John' });
    expect(house.resolve('St John Rivers')).toMatchObject({ status: 'character', character: 'St. John' });
    expect(house.resolve('Saint John')).toMatchObject({ status: 'character', character: 'St. John' });
    expect(house.resolve('John')).toMatchObject({ status: 'character', character: 'John Reed' });
    expect(house.genderOf('St. John')).toBe('male');
  });
  it('"Miss Alan" is a family name (Alan is a man’s given name); "Miss Emily" a given name', () => {
    const sisters = buildCast({
      characters: [
        { id: 'a', name: 'Miss Catharine Alan', aliases: ['Miss Catharine Alan'], gender: 'female' },
        { id: 'b', name: 'Miss Alan', aliases: ['Miss Alan'], gender: 'female' },
        { id: 'c', name: 'Miss Emily', aliases: ['Miss Emily'], gender: 'female' },
      ],
    });
    expect(sisters.resolve('Miss Alan')).toMatchObject({ status: 'ambiguous' });
    expect(sisters.resolve('Emily')).toMatchObject({
      status: 'character',
      character: 'Miss Emily',
      matchedBy: 'first-name',
    });
  });
});

describe('cast: a title before a given name', () => {
  // Little Women: the model's Jo is "Jo", "Miss Jo" and "Doctor Jo"; writers call her "Jo March".
  const sisters = buildCast({
    characters: [
      { id: 'jo', name: 'Jo', aliases: ['Jo', 'Miss Jo', 'Doctor Jo'], gender: 'female' },
      { id: 'josephine', name: 'Miss Josephine', aliases: ['Josephine'], gender: 'female' },
      { id: 'mother', name: 'Mrs. March', aliases: ['Mrs. March'], gender: 'female' },
      { id: 'bertram', name: 'Bertram', aliases: ['Bertram', 'Mr. Bertram'], gender: 'male' },
      { id: 'tom', name: 'Tom Bertram', aliases: ['Tom Bertram', 'Tom'], gender: 'male' },
    ],
  });
  it('"Doctor Jo" beside "Jo" gives her no family name "Jo": "Jo March" is Jo', () => {
    expect(sisters.resolve('Jo March')).toMatchObject({ status: 'character', character: 'Jo' });
  });
  it('…but a word that ends a full name is a family name after a title: "Mr. Bertram"', () => {
    expect(sisters.resolve('Mr. Bertram')).toMatchObject({ status: 'character', character: 'Bertram' });
    expect(sisters.namesOf(sisters.byId('bertram')!).find((n) => n.key === 'mr bertram')?.surname).toBe(
      'bertram',
    );
  });
});

describe('a married woman’s name the model merged into her husband', () => {
  it('is not the husband: “Mrs Theobald” is his wife', () => {
    const merged = buildCast({
      characters: [{ id: 't', name: 'Theobald', aliases: ['Theobald', 'Mrs. Theobald'], gender: 'male' }],
    });
    expect(merged.resolve('Mrs Theobald').status).toBe('unknown');
    expect(merged.resolve('Theobald').character).toBe('Theobald');
  });
});
