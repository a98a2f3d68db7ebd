/**
 * Word lists for the synthetic graph. Names are built from syllables so that SF100 (about
 * 170 thousand people and 20 thousand organisations) still has a long tail of distinct
 * names, as a real country does, rather than a few hundred names repeated (which would make
 * full-text search degenerate).
 */

export const FIRST_NAMES = [
  'Sarah', 'David', 'Jane', 'Andrew', 'Helen', 'Mark', 'Alison', 'Paul', 'Rachel', 'John', 'Claire', 'Peter',
  'Emma', 'Richard', 'Louise', 'Michael', 'Karen', 'Stephen', 'Julie', 'Simon', 'Nicola', 'Ian', 'Susan', 'Martin',
  'Catherine', 'James', 'Elizabeth', 'Robert', 'Anne', 'Christopher', 'Fiona', 'Gary', 'Joanne', 'Neil', 'Lisa',
  'Jonathan', 'Amanda', 'Matthew', 'Deborah', 'Philip', 'Rebecca', 'Anthony', 'Samantha', 'Nigel', 'Victoria',
  'Kevin', 'Caroline', 'Graham', 'Melanie', 'Adrian', 'Gillian', 'Timothy', 'Lorraine', 'Colin', 'Hannah', 'Duncan',
  'Bridget', 'Alan', 'Maria', 'Trevor', 'Sally', 'Keith', 'Ruth', 'Malcolm', 'Jacqueline', 'Rupert', 'Sonia',
  'Imran', 'Aisha', 'Rajesh', 'Priya', 'Mohammed', 'Fatima', 'Sanjay', 'Nadia', 'Tariq', 'Yasmin', 'Kwame', 'Abena',
  'Chidi', 'Ngozi', 'Wei', 'Mei', 'Tomasz', 'Agnieszka', 'Declan', 'Siobhan', 'Hamish', 'Morag', 'Rhys', 'Cerys',
  'Gareth', 'Bethan', 'Oliver', 'Charlotte', 'Harry', 'Sophie', 'Jack', 'Amelia', 'Thomas', 'Grace', 'Daniel',
  'Lucy', 'Samuel', 'Eleanor', 'Benjamin', 'Harriet', 'Joseph', 'Jessica', 'Edward', 'Alice', 'Luke', 'Megan',
  'Frances', 'Gordon', 'Eileen', 'Derek', 'Brenda', 'Roger', 'Pauline', 'Clive', 'Hazel', 'Barry', 'Wendy',
];

/** The commonest surnames, picked with a skew; the rest are built from syllables. */
export const COMMON_SURNAMES = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts',
  'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall', 'Lewis', 'Harris',
  'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Morris', 'Moore', 'Clark',
  'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen', 'James', 'Scott', 'Phillips', 'Watson', 'Davis', 'Parker',
  'Price', 'Bennett', 'Young', 'Griffiths', 'Mitchell', 'Kelly', 'Cook', 'Carter', 'Richardson', 'Bailey', 'Collins',
  'Bell', 'Shaw', 'Murphy', 'Miller', 'Cox', 'Richards', 'Khan', 'Marshall', 'Anderson', 'Simpson', 'Ellis', 'Adams',
  'Singh', 'Begum', 'Ali', 'Ahmed', 'Hussain', 'Okafor', 'Mensah', 'Nowak', 'Chen', 'Murray', 'Graham', 'Campbell',
];

export const SURNAME_HEADS = [
  'Ash', 'Black', 'Brad', 'Brook', 'Cald', 'Carr', 'Chal', 'Cold', 'Crans', 'Dun', 'Elling', 'Fair', 'Farn',
  'Fen', 'Fother', 'Gold', 'Green', 'Hal', 'Hard', 'Hart', 'Haw', 'Heath', 'Hol', 'Kerr', 'Kings', 'Lang', 'Lock',
  'Marl', 'Mid', 'Mor', 'Nor', 'Pem', 'Pen', 'Rad', 'Rams', 'Red', 'Ros', 'Sel', 'Shel', 'Stan', 'Stock', 'Stone',
  'Sut', 'Thorn', 'Tre', 'Wad', 'Wake', 'Wal', 'Wen', 'Whit', 'Wil', 'Win', 'Wood', 'Wor', 'Yar', 'Bur', 'Cul',
];

export const SURNAME_TAILS = [
  'worth', 'ley', 'ton', 'field', 'ford', 'well', 'wood', 'more', 'ham', 'by', 'ridge', 'ington', 'shaw', 'brook',
  'son', 'man', 'wick', 'dale', 'hurst', 'cott', 'er', 'ington', 'combe', 'stead', 'house', 'land', 'bury', 'gate',
  'ing', 'sey', 'cliffe', 'den', 'ell', 'ard', 'ock', 'hill', 'burn', 'thwaite',
];

export const TOWN_HEADS = [
  'Ash', 'Bal', 'Bar', 'Bel', 'Bram', 'Bren', 'Bridge', 'Broad', 'Brom', 'Cal', 'Can', 'Car', 'Chal', 'Ches',
  'Chip', 'Clay', 'Cold', 'Crow', 'Dar', 'Dun', 'East', 'Elm', 'Eve', 'Fal', 'Fen', 'Gar', 'Glen', 'Gran', 'Hal',
  'Har', 'Hay', 'Hol', 'Hun', 'Kel', 'Ken', 'Kings', 'Lan', 'Lang', 'Lid', 'Lin', 'Long', 'Mal', 'Mar', 'Mel', 'Mil',
  'New', 'Nor', 'Oak', 'Ox', 'Pen', 'Pres', 'Quen', 'Rad', 'Ram', 'Red', 'Rich', 'Roch', 'Sal', 'Sand', 'Sel',
  'Shep', 'Stam', 'Stan', 'Stock', 'Stone', 'Sun', 'Swan', 'Tam', 'Thorn', 'Tun', 'Ul', 'Ver', 'Wal', 'War', 'Wen',
  'West', 'Whit', 'Wil', 'Win', 'Wor', 'Yar', 'York', 'Ald', 'Ber', 'Corn', 'Dor', 'Ely', 'Frome', 'Gos', 'Ips',
];

export const TOWN_TAILS = [
  'ford', 'ton', 'bury', 'ham', 'ley', 'field', 'wick', 'worth', 'by', 'chester', 'mouth', 'bridge', 'stead', 'well',
  'more', 'dale', 'gate', 'hurst', 'minster', 'port', 'stow', 'thorpe', 'combe', 'den', 'don', 'holme', 'ing',
  'mere', 'moor', 'ridge', 'sey', 'shaw', 'wood', 'wold', 'burn', 'caster', 'cott', 'ey', 'hall', 'hope', 'borough',
  'field', 'over', 'stone', 'wich', 'all', 'ock', 'brook',
];

export const TOWN_QUALIFIERS = ['', 'North ', 'South ', 'East ', 'West ', 'Upper ', 'Great ', 'Little ', 'Market ', 'Old '];

export const REGION_HEADS = ['Al', 'Bor', 'Cas', 'Dal', 'Es', 'Fal', 'Gel', 'Hav', 'Is', 'Jor', 'Kes', 'Lor', 'Mer', 'Nes', 'Or', 'Pel', 'Quar', 'Ros', 'Sel', 'Tor'];
export const REGION_TAILS = ['andia', 'oria', 'essia', 'umbria', 'avia', 'eria', 'onia', 'ydia', 'aria', 'ecia'];

export const OUTLET_WORDS = ['Gazette', 'Chronicle', 'Post', 'Times', 'Herald', 'Review', 'Weekly', 'Observer', 'Argus', 'Echo', 'Journal', 'Mercury'];
export const COMPANY_WORDS = ['Consulting', 'Partners', 'Associates', 'Solutions', 'Group', 'Care Services', 'Outcomes', 'Futures'];
export const CHARITY_WORDS = ["Children's Society", 'Family Action', 'Young Lives Foundation', 'Care Leavers Network', 'Parents Alliance'];
export const ASSOCIATION_NAMES = [
  "Association of Directors of Children's Services",
  'Local Government Association',
  "Children's Services Network",
  'Society of Local Authority Chief Executives',
];
export const POLICY_ADJECTIVES = ['Partners in', 'Strengthening', 'Stable', 'Together for', 'Families First', 'Safe', 'Better', 'Supporting'];
export const POLICY_NOUNS = ['Practice', 'Families', 'Homes', 'Children', 'Futures', 'Care', 'Social Work', 'Early Help'];

/** Stance-bearing statements about the trust model, assembled from parts. */
export const STATEMENT_OPENINGS = [
  'The trust has', 'Moving services out of the council has', 'The independent model has', 'The arrangement has',
  'Ofsted’s verdict shows the service has', 'The commissioner’s report says the council has', 'Our experience is that the change has',
  'Families tell us the service has', 'The evidence suggests the model has', 'Frankly, the council has',
];
export const STATEMENT_MIDDLES = [
  'not improved outcomes for children', 'brought stability to a struggling service', 'cost far more than promised',
  'given social workers room to practise', 'added a layer of bureaucracy', 'made accountability harder to follow',
  'turned the service around within two years', 'failed to recruit enough permanent staff', 'reduced caseloads',
  'left the most vulnerable children waiting', 'shown what strong leadership can do', 'done little that an in-house service could not',
];
export const STATEMENT_ENDINGS = [
  '', ' and we should be honest about that', ' despite the extra money', ' according to the latest figures',
  ' and other councils should take note', ' though it is too early to judge', ' in every report we have seen',
];

export const FILLER_SENTENCES = [
  'The council said it would respond in due course.',
  'A spokesperson declined to comment on individual cases.',
  'The figures were published alongside the annual report.',
  'Social work caseloads remain above the national average.',
  'The department said improvement work would continue.',
  'Union representatives raised concerns about agency staffing.',
  'The report made a number of recommendations.',
  'Councillors are expected to discuss the findings next month.',
];

/** Pieces of the body text of a synthetic article, combined so that documents differ in wording. */
export const PROSE = {
  subjects: [
    'Inspectors', 'The director of children’s services', 'Front-line social workers', 'The improvement board', 'Senior managers',
    'The lead member for children', 'Partner agencies', 'The safeguarding partnership', 'Independent reviewers', 'Campaigners',
    'Foster carers', 'The finance team', 'Health visitors', 'Headteachers', 'The scrutiny committee', 'Young people in care',
  ],
  verbs: [
    'raised concerns about', 'welcomed', 'questioned', 'called for a review of', 'pointed to', 'praised', 'criticised',
    'were consulted on', 'described delays in', 'warned about', 'reported progress on', 'asked for more detail on',
  ],
  objects: [
    'the quality of assessments', 'caseloads in the assessment teams', 'the use of agency staff', 'placement costs',
    'the early help offer', 'the timeliness of strategy discussions', 'the stability of the workforce', 'management oversight',
    'the response to domestic abuse referrals', 'support for care leavers', 'the plan for residential homes',
    'the budget for the coming year', 'recruitment of permanent social workers', 'the handling of complaints',
    'multi-agency working', 'the number of children subject to a child protection plan', 'performance data',
  ],
  tails: [
    '', ' over the past year', ' in recent months', ' according to the latest figures', ' at the last meeting',
    ' in a written statement', ' since the inspection', ' across the region', ' despite additional funding',
    ' in several cases', ' before the summer', ' in their evidence',
  ],
};

export const GRADE_WORDS: Record<string, string> = {
  OUTSTANDING: 'outstanding',
  GOOD: 'good',
  REQUIRES_IMPROVEMENT: 'requires improvement to be good',
  INADEQUATE: 'inadequate',
};
