import { describe, expect, it } from 'vitest';
import type { Block } from '../../../lib/read/blocks';
import { cleanName, dimensionOf, extractSegments, isPlace, sectionCue } from '../../../lib/extract/segments';

const title = (text: string): Block => ({ kind: 'title', text });
const heading = (text: string): Block => ({ kind: 'heading', text });
const text = (t: string): Block => ({ kind: 'text', text: t });
const item = (t: string): Block => ({ kind: 'item', text: t });
const row = (t: string): Block => ({ kind: 'row', text: t });
const items = (...names: string[]): Block[] => names.map(item);

const PROSE =
  'The widget market continues to expand as manufacturers invest in automation, and buyers in every region look for ' +
  'longer service life, lower running costs and simpler maintenance across their installed base of equipment.';

const EMPTY = { applications: [], types: [], regions: [], companies: [] };

describe('extractSegments: headed lists', () => {
  it('reads "By X:" headings followed by list items, each under its own category', () => {
    const seg = extractSegments([
      title('Widget Market Report'),
      text(PROSE),
      heading('By Application:'),
      ...items('Home Use', 'Office Use', 'Industrial Plants'),
      heading('By Component:'),
      ...items('Hardware', 'Software', 'Services'),
      heading('By Deployment:'),
      ...items('On-Premises', 'Cloud-Based'),
      text(PROSE),
    ]);
    expect(seg.applications).toEqual(['Home Use', 'Office Use', 'Industrial Plants']);
    expect(seg.types).toEqual(['Hardware', 'Software', 'Services', 'On-Premises', 'Cloud-Based']);
    expect(seg.regions).toEqual([]);
    expect(seg.companies).toEqual([]);
  });

  it('reads "... is segmented into:" lines and stops the list at the first paragraph', () => {
    const seg = extractSegments([
      title('Widget Market Dynamics 2025-2032'),
      text('Market Segmentation'),
      text('The Widget Market Analysis by types is segmented into:'),
      ...items('Round Widget', 'Square Widget', 'Others'),
      text(PROSE),
      text('Purchase this Report: https://example.com/buy/1'),
      text('The Widget Market Industry Research by Application is segmented into:'),
      ...items('Automotive', 'Aerospace and Defense'),
      text(PROSE),
      item('Later bullet unrelated to the list'),
    ]);
    expect(seg.types).toEqual(['Round Widget', 'Square Widget', 'Others']);
    expect(seg.applications).toEqual(['Automotive', 'Aerospace and Defense']);
  });

  it('takes "Subsegment" sub-headings under a "Market By Application" heading, across their paragraphs', () => {
    const seg = extractSegments([
      title('Northland Widget Market Insights'),
      heading('Northland Widget Market By Application'),
      text(PROSE),
      text('Download Full PDF Sample Copy of Northland Widget Market Report @ https://example.com/sample'),
      heading('Home Repair Subsegment'),
      text(PROSE),
      heading('Garden Care Subsegment'),
      text(PROSE),
      heading('Key Trends in the Market'),
      text(PROSE),
    ]);
    expect(seg.applications).toEqual(['Home Repair', 'Garden Care']);
    expect(seg.types).toEqual([]);
  });

  it('strips descriptions, bullets, markdown and share notes from list entries', () => {
    const seg = extractSegments([
      heading('By Technology:'),
      item('**Machine Learning**: models that learn from data'),
      item('Natural Language Processing (NLP) - reads clinical notes'),
      item('Computer Vision (35%)'),
      item('Robotics Segment'),
    ]);
    expect(seg.types).toEqual(['Machine Learning', 'Natural Language Processing (NLP)', 'Computer Vision', 'Robotics']);
  });

  it('reads short lines (not only list items) after a "Market Size and Forecast by ..." line', () => {
    const seg = extractSegments([
      text('Widget Industry Market Size and Forecast by Retail Product Categories, 2021-2030'),
      text('Clothing & Footwear'),
      text('Beauty and Personal Care'),
      text('Widget Industry Market Size and Forecast by Key Performance Indicators, 2021-2030'),
      text('Widget Industry Market Size and Forecast by Payment Method, 2021-2030'),
      text('Digital & Mobile Wallet'),
      text('For more information about this report visit https://example.com/r/abc'),
      text('About Example Research'),
    ]);
    expect(seg.types).toEqual(['Clothing & Footwear', 'Beauty and Personal Care', 'Digital & Mobile Wallet']);
    expect(seg.companies).toEqual([]);
  });

  it('reads a "Types of Jerky" line over its list, "Applications of Graphene:" too; a sentence that starts so is no cue', () => {
    const seg = extractSegments([
      title('Jerky Market'),
      text('Types of Jerky'),
      ...items('Beef Jerky', 'Turkey Jerky', 'Exotic Jerky (venison, buffalo, etc.)'),
      text('History of Jerky'),
      text('Applications of Jerky:'),
      ...items('Snacking', 'Camping'),
      text('Types of jerky vary by region and are sold in many flavours across the country today.'),
      ...items('Teriyaki'),
    ]);
    expect(seg.types).toEqual(['Beef Jerky', 'Turkey Jerky', 'Exotic Jerky']);
    expect(seg.applications).toEqual(['Snacking', 'Camping']);
  });

  it('reads a Grand View style "End-use Outlook (Revenue, ...)" line', () => {
    const seg = extractSegments([
      text('Widget End-use Outlook (Revenue, USD Billion, 2018 - 2030)'),
      ...items('Residential', 'Commercial'),
      text(PROSE),
    ]);
    expect(seg.applications).toEqual(['Residential', 'Commercial']);
  });
});

describe('extractSegments: prose led by a split', () => {
  it('"By end user, the household segment …", "Based on drug class, the targeted therapy and chemotherapy segments …"', () => {
    const seg = extractSegments([
      title('Widget Market'),
      text('By end user, the household segment accounted for the largest share in 2023.'),
      text('Based on drug class, the targeted therapy and chemotherapy segments led, while based on product, the assays and reagents segment grew fastest.'),
      // A split the README leaves out (age group, channel) and a lead that is no split name nothing.
      text('By age group, the adult segment led. By 2030, the premium segment will grow.'),
    ]);
    expect(seg.applications).toEqual(['household']);
    expect(seg.types).toEqual(['targeted therapy', 'chemotherapy', 'assays and reagents']);
  });

  it('a takeaway names its segment by the share it holds, and a second one by its growth', () => {
    const seg = extractSegments([
      title('Widget Market'),
      item('By product, sealed bearings held 58.2% of the widget market share in 2025, while open bearings are projected to grow at a 6.4% CAGR through 2031.'),
      item('By end user, automotive plants accounted for 41% of demand in 2025; wind farms are the fastest-growing end user.'),
      item('By region, Asia-Pacific commanded a 44% share in 2025, and the segment is expected to expand at 7.1%.'),
      // "and are projected" points back at the segment before it, as "the segment" does; "By contrast" names no split.
      item('By material, steel cages led with 62% in 2025; and are projected to keep the lead. By contrast, imports held steady.'),
      // A segment named as "the … segment has held" is the led segment's; a template's bare split name is none.
      item('By type, the ceramic bearings segment has held the largest share of 21% in 2025, while type are forecast to grow.'),
    ]);
    expect(seg.types).toEqual(['sealed bearings', 'open bearings', 'steel cages', 'ceramic bearings']);
    expect(seg.applications).toEqual(['automotive plants', 'wind farms']);
    expect(seg.regions).toEqual(['Asia-Pacific']);
  });
});

describe('extractSegments: report-scope rows', () => {
  it('"Largest Market | North America | Fastest Growing Market | Europe": cells that each name a region', () => {
    const seg = extractSegments([
      title('Widget Market'),
      row('Largest Market | North America | Fastest Growing Market | Europe'),
      row('Fastest Growing Market | Asia Pacific'),
      row('Largest Market | Hospitals'),
    ]);
    expect(seg.regions).toEqual(['North America', 'Europe', 'Asia Pacific']);
  });
});

describe('extractSegments: specifications', () => {
  it('a "Technology" section listing a product\'s specifications lists no segments', () => {
    const seg = extractSegments([
      title('Energy Storage Market'),
      heading('Technology'),
      ...items('Energy density of 200 Wh/kg (comparable to lithium-ion)', 'Power density of 1000 W/kg', '100,000+ full charge cycles with zero degradation', 'Operating temperature range of -40°C to +85°C'),
    ]);
    expect(seg.types).toEqual([]);
    // Names with numbers of their own stay names.
    expect(extractSegments([title('Network Market'), heading('Technology'), ...items('5G', '4G LTE', 'Wi-Fi 6')]).types).toEqual(['5G', '4G LTE', 'Wi-Fi 6']);
  });
});

describe('extractSegments: statistics cards', () => {
  it('"Fastest-Growing Market by Product Type", "5.78 %", "Projected CAGR, Passenger Seats, 2024-2030": the caption\'s segment', () => {
    const seg = extractSegments([
      title('Cabin Interior Market'),
      heading('Largest Market by Product Type'),
      text('39.39 %'),
      text('value share, Passenger Seats, 2023'),
      heading('Fastest-Growing Market by Product Type'),
      text('5.78 %'),
      text('Projected CAGR, Lavatories, 2024-2030'),
    ]);
    expect(seg.types).toEqual(['Passenger Seats', 'Lavatories']);
  });
});

describe('extractSegments: report-scope rows listed with semicolons', () => {
  it('"Key companies profiled | Trupanion; Nationwide; …": each entry keeps its own commas', () => {
    const seg = extractSegments([
      title('Robot Market'),
      row('Regional scope | North America; Europe; Asia Pacific; Latin America; MEA'),
      row('Key companies profiled | ABB Ltd.; Kawasaki Heavy Industries, Ltd.; FANUC Corporation'),
    ]);
    expect(seg.regions).toEqual(['North America', 'Europe', 'Asia Pacific', 'Latin America', 'MEA']);
    expect(seg.companies).toEqual(['ABB Ltd.', 'Kawasaki Heavy Industries, Ltd.', 'FANUC Corporation']);
  });
});

describe('extractSegments: inline lists', () => {
  it('a numbered or bulleted "By Type: A, B" line is the split\'s list', () => {
    const seg = extractSegments([title('Tutoring Market'), text('1) By Type: Curriculum-Based Learning, Test Preparation'), text('- By End User: College Students, High School Students')]);
    expect(seg).toMatchObject({ types: ['Curriculum-Based Learning', 'Test Preparation'], applications: ['College Students', 'High School Students'] });
  });

  it('reads a title\'s "(By Type: A, B; By Application: C, D)" and "Segmented in Shipment Type (A, B), Cargo Type (C, D)"', () => {
    const colons = extractSegments([title('Global Crane Market (By Type: Flat-Top Cranes, Luffing Jib Cranes; By Application: Residential Construction, Infrastructure; By Sales Channel: Direct, Dealers) - Forecast 2025-2033')]);
    expect(colons).toEqual({ ...EMPTY, types: ['Flat-Top Cranes', 'Luffing Jib Cranes'], applications: ['Residential Construction', 'Infrastructure'] });
    const segmentedIn = extractSegments([title('Rail Freight Market'), heading('Segmented in Shipment Type (Bulk Freight, Intermodal Freight), Cargo Type (Heavy Goods, Consumer Goods), and Regions - Forecast 2024 – 2034')]);
    expect(segmentedIn.types).toEqual(['Bulk Freight', 'Intermodal Freight', 'Heavy Goods', 'Consumer Goods']);
    // An unclosed "By X:" line in prose is the colon list's, read once.
    expect(extractSegments([text('By Application: Residential, Commercial, Industrial')]).applications).toEqual(['Residential', 'Commercial', 'Industrial']);
  });

  it('reads "By X (A, B, and Others)" in a report title and leaves out channels and gender', () => {
    const seg = extractSegments([
      title('Widget Market Size, Share & Industry Analysis'),
      heading(
        'Widget Market Size, Share & Industry Analysis, By Category (Hair Widgets, Skin Widgets, Makeup, and Others), ' +
          'By Gender (Men and Women), By Distribution Channel (Specialty Stores, Online Channels, and Others), ' +
          'and Regional Forecasts, 2024-2032',
      ),
    ]);
    expect(seg).toEqual({ ...EMPTY, types: ['Hair Widgets', 'Skin Widgets', 'Makeup', 'Others'] });
  });

  it('a sub-list set as an entry of a split ("Conventional Widget, (Tip Widget, Lock Widget)") lists more entries', () => {
    const seg = extractSegments([
      title('Widget Market'),
      heading(
        'Widget Market Size, Share & Trends Analysis Report By Type (Insulin Widget, Conventional Widget, (Tip Widget, ' +
          'Lock Widget)), By Material (Glass, Plastic), And By Geography - Forecasts From 2023 To 2028',
      ),
    ]);
    expect(seg.types).toEqual(['Insulin Widget', 'Conventional Widget', 'Tip Widget', 'Lock Widget', 'Glass', 'Plastic']);
    // An abbreviation in parentheses stays part of its name; a sub-list after a name is that name's detail.
    const named = extractSegments([title('Widget Market'), text('By Technology (Natural Language Processing (NLP), Machine Vision (2D, 3D), Robotics)')]);
    expect(named.types).toEqual(['Natural Language Processing (NLP)', 'Machine Vision', 'Robotics']);
  });

  it('reads end-use, source and derivative splits of a quoted report title', () => {
    const seg = extractSegments([
      text(
        'Read the report, "Widget Market Size Report By End-use (Medical, Recreational), By Source (Seeds, Leaves), ' +
          'By Derivative (Oils, Extracts), And Segment Forecasts, 2022 - 2030", published today.',
      ),
    ]);
    expect(seg.applications).toEqual(['Medical', 'Recreational']);
    expect(seg.types).toEqual(['Seeds', 'Leaves', 'Oils', 'Extracts']);
  });

  it('reads "by Type, A, B, and Others, ..." only when the run closes with "and Others"', () => {
    const listed = extractSegments([
      text('The "Widget Test Market Forecast to 2028 - Analysis by Type, Alpha PCR, Beta PCR, Gamma-Assay,and Others, Product Type, End Users and Geography" report'),
    ]);
    expect(listed.types).toEqual(['Alpha PCR', 'Beta PCR', 'Gamma-Assay', 'Others']);
    const splits = extractSegments([title('Widget Market Trends Analysis by Application, Regional Outlook, and Revenue')]);
    expect(splits).toEqual(EMPTY);
  });

  it('reads a one-line "By Application: A, B and C"', () => {
    const seg = extractSegments([item('By Application: Hospitals, Clinics and Home Care')]);
    expect(seg.applications).toEqual(['Hospitals', 'Clinics', 'Home Care']);
  });

  it('keeps a sub-list in braces or brackets inside its entry and drops it from the name', () => {
    const seg = extractSegments([
      heading('Widget Market, By Product (Tables {Surgical Tables, Imaging Tables}, Accessories, Others), By Region (North America [U.S., Canada], Europe, Asia Pacific)'),
    ]);
    expect(seg.types).toEqual(['Tables', 'Accessories', 'Others']);
    expect(seg.regions).toEqual(['North America', 'Europe', 'Asia Pacific']);
  });

  it('reads a one-line list whose entries carry their sub-lists in parentheses', () => {
    const seg = extractSegments([item('By Region: North America (U.S., Canada), Europe (Germany, France), Asia Pacific')]);
    expect(seg.regions).toEqual(['North America', 'Europe', 'Asia Pacific']);
  });

  it('reads table rows whose first cell only names the split, under a "Segment | Description" header', () => {
    const seg = extractSegments([
      row('Segment | Description'),
      row('Applications | Consumer Electronics, Retail, Healthcare, and Others'),
      row('End-users | Consumer, Enterprise, and Government'),
      row('Regions | North America, Europe, Asia Pacific'),
      row('Revenue | 2.5, 3.1, 4.0'),
    ]);
    expect(seg.applications).toEqual(['Consumer Electronics', 'Retail', 'Healthcare', 'Others', 'Consumer', 'Enterprise', 'Government']);
    expect(seg.regions).toEqual(['North America', 'Europe', 'Asia Pacific']);
    expect(seg.types).toEqual([]);
  });

  it('a sentence ending in "by X." announces no list; a heading with a period does', () => {
    const prose = extractSegments([
      heading('Quick snapshot'),
      item('Market share breakdown for top 10 companies varies by report methodology.'),
      item('3Timeline signal'),
      item('4What is next'),
    ]);
    expect(prose).toEqual(EMPTY);
    const cue = extractSegments([
      text('Polymethyl Methacrylate Microspheres Market By Application, 2020-2030, (USD Million).'),
      text('Signs And Displays'),
      text('Printing Inks'),
    ]);
    expect(cue.applications).toEqual(['Signs And Displays', 'Printing Inks']);
  });

  it('ignores a single parenthetical, which is an abbreviation rather than a list', () => {
    const seg = extractSegments([text('Add mention of ongoing model use by Congressional Research Service (CRS) in the docs')]);
    expect(seg).toEqual(EMPTY);
  });

  it('reads report-scope table rows but not the header row of an ordinary table', () => {
    const seg = extractSegments([
      row('Segments Covered by Application | Hospitals, Clinics, Home Care'),
      row('Key Companies Profiled | Acme Corp, Globex Inc., Initech'),
      row('Component | Technology | Latency Target'),
      row('Language Model | Alpha, Beta, Gamma'),
    ]);
    expect(seg.applications).toEqual(['Hospitals', 'Clinics', 'Home Care']);
    expect(seg.companies).toEqual(['Acme Corp', 'Globex Inc.', 'Initech']);
    expect(seg.types).toEqual([]);
  });

  it('reads a list the page\'s market is "categorized / divided into", named by the noun before it', () => {
    const seg = extractSegments([
      title('Consumer Electronics Market Report'),
      text('The consumer electronics market can be categorized into Telephony, Computing, TV, Radio, and Drones.'),
      text('The market is segmented into end users such as Hospitals, Clinics, and Home Care.'),
    ]);
    expect(seg.types).toEqual(['Telephony', 'Computing', 'TV', 'Radio', 'Drones']);
    expect(seg.applications).toEqual(['Hospitals', 'Clinics', 'Home Care']);
  });

  it('"By geography, the market is segmented into …": the lead names the split, and its entries may be lower case', () => {
    const seg = extractSegments([
      title('Mining Equipment Market'),
      text('By type, the market is segmented into surface, underground and mineral processing machines. By geography, the market is segmented into North America, Europe, Asia Pacific.'),
      text('By material, the market is categorized into wood, glass, metal, plastic, and others.'),
    ]);
    expect(seg.types).toEqual(['surface', 'underground', 'mineral processing machines', 'wood', 'glass', 'metal', 'plastic']);
    expect(seg.regions).toEqual(['North America', 'Europe', 'Asia Pacific']);
  });

  it('an unled list of three or more may be lower case, set off by semicolons, or said with "consists of" / "comprises"', () => {
    const seg = extractSegments([
      title('Pet Insurance and Building Stone Market'),
      text('The pet insurance market is segmented into accident only; illness and accident; and lifetime cover.'),
      text('The building stone market consists of granite, limestone, and sandstone.'),
      text('The stone market comprises quarrying, cutting and polishing services.'),
    ]);
    expect(seg.types).toEqual(['accident only', 'illness and accident', 'lifetime cover', 'granite', 'limestone', 'sandstone', 'quarrying', 'cutting', 'polishing services']);
  });

  it('a split said actively ("TMR segments the market into …"), and a noun that says what the list is of ("industries including …")', () => {
    const seg = extractSegments([
      title('Water Treatment Market'),
      text('TMR segments the market into three major categories: pumping systems, chemicals and membrane systems.'),
      text('The water treatment market is also segmented into many different industries including the municipal, chemical, food and beverage, and a variety of others.'),
      // The object must be the page's market.
      text('The report segments the global robotics market into articulated robots, SCARA robots and cartesian robots.'),
    ]);
    expect(seg.types).toEqual(['pumping systems', 'chemicals', 'membrane systems']);
    expect(seg.applications).toEqual(['municipal', 'chemical', 'food and beverage']);
  });

  it('the market\'s name starts after its article: "It said the global market use of drones was segmented into …"', () => {
    const seg = extractSegments([
      title('Market for Farm Drones'),
      text('It said the global market use of drones was segmented into a number of sectors, including crop scouting, field mapping and livestock management.'),
      text('Speaking of the service spectrum, the market is segmented into spraying, mapping, and scouting.'),
    ]);
    expect(seg.applications).toEqual(['crop scouting', 'field mapping', 'livestock management']);
    expect(seg.types).toEqual(['spraying', 'mapping', 'scouting']);
    // Another market named after the article still splits nothing of the page's.
    expect(extractSegments([title('Market for Farm Drones'), text('Analysts said the tractor market is segmented into small, medium and large tractors.')]).types).toEqual([]);
  });

  it('an entry that introduces examples is no name of an unled list', () => {
    expect(extractSegments([title('Water Treatment Market'), text('The water treatment market is divided into many buyers including cities, farms, and mills.')]).types).toEqual([]);
  });

  it('leaves a semicolon that opens another clause, a split of the sellers and a description out of an unled list', () => {
    const seg = extractSegments([
      title('Pet Insurance Market'),
      // Commas make the list; after the semicolon comes a clause.
      text('The pet insurance market is segmented into dogs, cats, and horses; the dog segment led in 2023.'),
      // No "; and" before the last piece: not a list set off by semicolons.
      text('The insurance market is divided into two halves; one sells cover for dogs; the other sells cover for cats.'),
      text('The pet insurance market is divided into small, medium and large enterprises.'),
      text('The insurance market consists of sales of policies by insurers and brokers.'),
    ]);
    expect(seg).toEqual({ ...EMPTY, types: ['dogs', 'cats', 'horses'] });
  });

  it('names the split in other words before the list ("In terms of type, …") or after it ("…, based on technology")', () => {
    const seg = extractSegments([
      title('Paints and Coatings Market'),
      text('In terms of end use, the market is classified into automotive, marine, furniture/wood, and others.'),
      text('The paints and coatings market is categorized into water-borne, solvent-borne, high solids, and powder coating, based on technology. Among these, water-borne led.'),
    ]);
    expect(seg.applications).toEqual(['automotive', 'marine', 'furniture/wood']);
    expect(seg.types).toEqual(['water-borne', 'solvent-borne', 'high solids', 'powder coating']);
  });

  it('a classified list of two, and "bifurcated into": "On the basis of type, the market has been bifurcated into blended, portland and others"', () => {
    const seg = extractSegments([
      title('Cement and Courier Market'),
      text('On the basis of type, the market has been bifurcated into blended, portland and others.'),
      text('The courier market is classified into B2C and B2B, on the basis of service.'),
      // A pair that no split word leads stays unread in lower case, as a longer one does.
      text('The cement market is divided into organized and unorganized players.'),
    ]);
    expect(seg.types).toEqual(['blended', 'portland', 'B2C', 'B2B']);
    expect(seg.applications).toEqual([]);
  });

  it('reads a key fact laid out as a labelled list, but not a title, a source line or a heading', () => {
    const seg = extractSegments([
      title('Cymbal Market Size'),
      text('Top Cymbal Types: Crash, Ride, Hi-Hat, Splash'),
      text('End-Users: Individual Consumers, Music Bands, Recording Studios'),
      text('Key Regions: North America, Europe, Asia-Pacific'),
      text('Fastest Growing Region: Asia-Pacific'),
      text('Sources: Precedence Research, Grand View Research'),
      text('Logistics Industry: Trending Facts & Insights'),
      text('Value creation types: COST_REDUCTION, QUALITY_IMPROVEMENT'),
      text('Key Regions: Latin America, Africa. Both lag behind.'),
      { kind: 'heading', text: 'Unit Testing in Microservices: Best Practices and Real-World Examples' },
    ]);
    expect(seg).toEqual({
      applications: ['Individual Consumers', 'Music Bands', 'Recording Studios'],
      types: ['Crash', 'Ride', 'Hi-Hat', 'Splash'],
      regions: ['North America', 'Europe', 'Asia-Pacific'],
      companies: [],
    });
  });

  it('a count of segments then their list ("three main product types – still wine, …"), as many entries as it says', () => {
    const of = (...lines: string[]) => extractSegments([title('Wine Market Size'), ...lines.map((l) => text(l))]);
    expect(of('The wine market contains three main product types – still wine, sparkling wine, and fortified wine.').types).toEqual(['still wine', 'sparkling wine', 'fortified wine']);
    expect(of('Demand is driven by four major orthopedic product segments—reconstructive joint replacements, spinal implants, orthobiologics, and trauma implants—as well as others.').types)
      .toEqual(['reconstructive joint replacements', 'spinal implants', 'orthobiologics', 'trauma implants']);
    // A count the list does not match is no list of it.
    expect(of('There are three main types: red and white.').types).toEqual([]);
    // A parenthesis the list closes but never opened is no part of its last entry.
    expect(of('Types of wine in the report include still wine, sparkling wine, fortified wine and dessert wine).').types).toEqual(['still wine', 'sparkling wine', 'fortified wine', 'dessert wine']);
    // A semicolon may set the list off, and a relative clause after it is no entry.
    expect(of('Wines are classified into two types; still and sparkling, which are used for different meals.').types).toEqual(['still', 'sparkling']);
    // Beside a list of the split, prose that counts it again adds nothing.
    const listed = extractSegments([title('Wine Market Size'), text('By Type:'), ...items('Still Wine', 'Sparkling Wine'), text('The market has two primary types: still wines and sparkling wines.')]);
    expect(listed.types).toEqual(['Still Wine', 'Sparkling Wine']);
  });

  it('"use in packaging, tapes and labels, motor vehicles, electronics, and footwear applications": a list trailed by its split', () => {
    const of = (...lines: string[]) => extractSegments([title('Adhesives Market Size'), ...lines.map((l) => text(l))]);
    expect(of('Growth is boosting adhesive use in packaging, tapes and labels, motor vehicles, electronics, and footwear applications.').applications)
      .toEqual(['packaging', 'tapes and labels', 'motor vehicles', 'electronics', 'footwear']);
    // Two entries are no list, and a run the split does not close is none.
    expect(of('Adhesives are used in packaging and footwear applications.', 'Adhesives are used in packaging, tapes, and footwear today.').applications).toEqual([]);
    // Nor is a run whose last entry runs into the split with a preposition.
    expect(of('Bio-adhesives are a replacement for solvent glues, hot melts, and epoxies in industrial applications.').applications).toEqual([]);
  });

  it('"across diverse end-use industries, particularly automotive, electrical and electronics, and industrial machinery": examples of a split\'s segments', () => {
    const of = (...lines: string[]) => extractSegments([title('Adhesives Market Size'), ...lines.map((l) => text(l))]);
    expect(of('This expansion is driven by increasing demand across diverse end-use industries, particularly automotive, electrical and electronics, and industrial machinery.').applications)
      .toEqual(['automotive', 'electrical and electronics', 'industrial machinery']);
    expect(of('Adhesives are used in applications such as packaging, footwear and automotive interiors that need strength.').applications).toEqual(['packaging', 'footwear', 'automotive interiors']);
    // Examples of the industries a product is used in are no split, nor are two examples a list.
    expect(of('Adhesives are used in many industries, such as manufacturing, retail and hospitality.', 'It serves applications such as packaging and footwear.').applications).toEqual([]);
  });

  it('"Mobile Payments: Platforms like PayPal and Venmo facilitate seamless transactions" is a sentence after a label, no list', () => {
    expect(extractSegments([title('Understanding Widgets'), item('Mobile Payments: Platforms like Northwind and Contoso facilitate seamless transactions via smartphones.')]).types).toEqual([]);
    expect(extractSegments([title('Understanding Widgets'), item('Key Types: Hardware and Software.')]).types).toEqual(['Hardware', 'Software']);
  });

  it('"driven by industrial growth, Europe accounts for 28%": a passive\'s agent leads with no split', () => {
    expect(extractSegments([title('Widget Market'), text('Asia-Pacific holds 41% of the widget market driven by industrial growth, Europe accounts for 28%.')]).applications).toEqual([]);
    expect(extractSegments([title('Widget Market'), text('By material, steel frameworks held the largest share in 2023.')]).types).toEqual(['steel frameworks']);
  });

  it('the headline set again as a line of text is no labelled list ("Data Center UPS Systems: Topologies, Sizing, and Selection")', () => {
    const headline = 'Data Center UPS Systems: Topologies, Sizing, and Selection';
    expect(extractSegments([title(headline), text(headline)]).types).toEqual([]);
    // The same line under another title is one.
    expect(extractSegments([title('UPS Market Size'), text(headline)]).types).toEqual(['Topologies', 'Sizing', 'Selection']);
  });

  it('a sentence whose subject is a split of the page\'s market lists its segments ("The types are …")', () => {
    const seg = extractSegments([
      title('Board Games Market Size'),
      text('The market is segmented by type and application. The types are RPGs, card games, dice games, and tabletop games.'),
      text('The key applications of the board games market include schools, families, and cafes.'),
      text('The types of cancer are lung, breast and colon.'),
      text('The products are great, cheap and fun.'),
    ]);
    expect(seg.types).toEqual(['RPGs', 'card games', 'dice games', 'tabletop games']);
    expect(seg.applications).toEqual(['schools', 'families', 'cafes']);
  });

  it('"segmented on the basis of Power-train Type (…), capacity Design (…), and Geography (…)": every split of the phrase', () => {
    const seg = extractSegments([
      title('School Bus Market'),
      text('The School Bus Market has been segmented on the basis of Power-train Type (IC Engine, Electric, and Hybrid), capacity Design (Type A, Type B, Type C), and Geography (North America, Europe, Asia Pacific)'),
    ]);
    expect(seg.types).toEqual(['IC Engine', 'Electric', 'Hybrid', 'Type A', 'Type B', 'Type C']);
    expect(seg.regions).toEqual(['North America', 'Europe', 'Asia Pacific']);
  });

  it('an "and" inside an entry\'s sub-list stays the sub-list\'s: "Medical Bandages(Gauze Bandage, Cohesive and Elastic Bandage)"', () => {
    const seg = extractSegments([
      title('Medical Tapes and Bandages Market'),
      text('The market is segmented By Product Type(Medical Tapes(Fabric Tape, Paper Tape, Other Tapes), Medical Bandages(Gauze Bandage, Cohesive and Elastic Bandage, Other Bandages)), By Application(Surgical Wounds, Burns and Ulcers).'),
    ]);
    expect(seg.types).toEqual(['Medical Tapes', 'Medical Bandages']);
    expect(seg.applications).toEqual(['Surgical Wounds', 'Burns', 'Ulcers']);
  });

  it('a classified list\'s entries may carry a parenthesis with periods: "Small Theme Room (less than 100 sq. m.), …"', () => {
    const seg = extractSegments([
      title('Escape Room Market'),
      text('Based on Type, the market is segmented into Small Theme Room (less than 100 sq. m.), Medium Theme Room (100-500 sq. m.), and Big Theme Room (more than 500 sq. m.). Study Period 2017-2028'),
    ]);
    expect(seg.types).toEqual(['Small Theme Room', 'Medium Theme Room', 'Big Theme Room']);
  });

  it('a corporate suffix in lower case closes its name and the list goes on: "Rachio inc., and Rain Bird Corporation"', () => {
    const seg = extractSegments([
      title('Smart Irrigation Market'),
      text('Key players operating in the global smart irrigation market are: Netafim, Orbit Irrigation Products LLC, Rachio inc., and Rain Bird Corporation.'),
    ]);
    expect(seg.companies).toEqual(['Netafim', 'Orbit Irrigation Products LLC', 'Rachio inc.', 'Rain Bird Corporation']);
  });

  it('"The different types of razors are …" on a page about the razor market: a split of the page\'s product, plural or not', () => {
    const seg = extractSegments([
      title('Razor Market Growth Analysis'),
      text('The different types of razors are safety razors, cartridge razors, straight razors, and electric razors.'),
      text('The main types of blades are thin, thick and curved.'),
    ]);
    expect(seg.types).toEqual(['safety razors', 'cartridge razors', 'straight razors', 'electric razors']);
  });

  it('"Large companies include …", "Leading names include …", "Several top B2B eCommerce players are: …", "The regions covered in the report are …"', () => {
    const seg = extractSegments([
      title('Compost Market'),
      text('Large companies include DryClean USA, Zoots, and PWS Laundry.'),
      text('Leading names include Heinz, Hunt’s, and Del Monte.'),
      text('Several top B2B eCommerce players are: Ralali, Monotaro, Bizzy.'),
      text('The regions covered in the compost report are Asia-Pacific, Western Europe, North America.'),
      text('The regions covered in the survey of doctors are busy, crowded and noisy.'),
    ]);
    expect(seg.companies).toEqual(['DryClean USA', 'Zoots', 'PWS Laundry', 'Heinz', 'Hunt’s', 'Del Monte', 'Ralali', 'Monotaro', 'Bizzy']);
    expect(seg.regions).toEqual(['Asia-Pacific', 'Western Europe', 'North America']);
  });

  it('a classified list of places is the regions, whatever noun is missing', () => {
    expect(extractSegments([title('Widget Market'), text('The market is divided into North America, Europe, and Asia Pacific.')]).regions).toEqual(['North America', 'Europe', 'Asia Pacific']);
  });

  it('reads "The regional segmentation of the market in the report includes A, B, C"; a segmentation of splits names none', () => {
    const seg = extractSegments([
      title('Vertical Farming Market'),
      text('The regional segmentation of the market in the report includes North America, Europe, Asia-Pacific, and LAMEA.'),
      text('The segmentation includes type, application and region.'),
    ]);
    expect(seg).toEqual({ applications: [], types: [], regions: ['North America', 'Europe', 'Asia-Pacific', 'LAMEA'], companies: [] });
  });

  it('not a list of the splits themselves, nor another market\'s split, nor a short one', () => {
    const seg = extractSegments([
      title('Specialty Chemicals Industry'),
      text('The market is segmented into Type, Application, and Region.'),
      text('The agrochemicals industry can be broadly classified into Insecticides, Fungicides, Herbicides and Rodenticides.'),
      text('The chemicals market is divided into Bulk and Specialty.'),
    ]);
    expect(seg).toEqual({ applications: [], types: [], regions: [], companies: [] });
  });
});

describe('extractSegments: regions', () => {
  it('keeps the group lines of a region list and not the countries beneath them', () => {
    const seg = extractSegments([
      text('In terms of Region, the Widget Market Players available by Region are:'),
      text('North America:'),
      ...items('United States', 'Canada'),
      text('Europe:'),
      ...items('Germany', 'France', 'U.K.'),
      text('Middle East & Africa:'),
      ...items('Turkey', 'UAE'),
      text(PROSE),
    ]);
    expect(seg.regions).toEqual(['North America', 'Europe', 'Middle East & Africa']);
    expect(seg.companies).toEqual([]);
  });

  it('drops a parenthetical sub-list after a region and stops at boilerplate', () => {
    const seg = extractSegments([
      text('Regional Analysis of Northland Widget Market'),
      text('North America (United States, Canada, and Mexico, etc.)'),
      text('For More Information or Query, Visit @ https://example.com/widget'),
    ]);
    expect(seg.regions).toEqual(['North America']);
  });

  it('takes only places under a region cue', () => {
    const seg = extractSegments([
      heading('By Region:'),
      ...items('Asia-Pacific', 'Latin America', 'Rest of the World', 'Premium Buyers'),
    ]);
    expect(seg.regions).toEqual(['Asia-Pacific', 'Latin America', 'Rest of the World']);
  });

  it('reads a bundle of country editions, without the page’s own geography', () => {
    const seg = extractSegments([
      title('Europe Widget Intelligence Report 2025'),
      text('A bundled offering provides 4 reports:'),
      text('Europe Widget Market Intelligence Databook'),
      text('Austria Widget Market Intelligence Databook'),
      text('Belgium Widget Market Intelligence Databook'),
      text('United Kingdom Widget Market Intelligence Databook'),
      text('Scope for Each Report'),
    ]);
    expect(seg.regions).toEqual(['Austria', 'Belgium', 'United Kingdom']);
  });

  it('reads the regions a page’s prose states shares and growth for, where it lists none', () => {
    const seg = extractSegments([
      title('Widget Market Size Report 2030'),
      text('North America dominated the market with a share of 38% in 2022. Asia-Pacific, which is the fastest growing market, follows.'),
      text('In China, the adoption rate has increased by almost 50% since 2015. The Middle East and Africa region accounted for 5% of revenue.'),
      text('Demand from hospitals in Europe keeps rising. Brazil is a country of football.'),
    ]);
    expect(seg.regions).toEqual(['North America', 'Asia-Pacific', 'China', 'Middle East and Africa']);
  });

  it('reads the places a stated region is "followed by", and none where what follows is no place', () => {
    const seg = extractSegments([
      title('Office Furniture Market'),
      text('The Asia Pacific dominated the worldwide office furniture market in 2019, accounting for 37.46 percent of the market in terms of revenue, followed by North America and Europe.'),
    ]);
    expect(seg.regions).toEqual(['Asia Pacific', 'North America', 'Europe']);
    const notPlaces = extractSegments([title('Office Furniture Market'), text('North America held the largest share, followed by strong demand in Europe. China led the growth.')]);
    expect(notPlaces.regions).toEqual(['North America', 'China']);
  });

  it('reads a prose region past an adverb, and the one a contrast clause states: "North America currently dominates …, while Asia-Pacific is …"', () => {
    const seg = extractSegments([
      title('Widget Market Size Report 2030'),
      text('North America currently dominates the market, while Asia-Pacific is witnessing the fastest growth.'),
    ]);
    expect(seg.regions).toEqual(['North America', 'Asia-Pacific']);
    // A clause led by no place adds none: the one region is the place said to lead the market.
    expect(extractSegments([title('Widget Market'), text('Europe currently leads the market, while demand is rising.')]).regions).toEqual(['Europe']);
  });

  it('takes no prose region where the page lists its regions, nor one place stated alone', () => {
    const listed = extractSegments([
      text('Key Regions: North America, Europe, Asia-Pacific'),
      text('The USA dominates with a 30% market share, while China commands a growing share. Japan is expected to grow at a CAGR of 6%.'),
    ]);
    expect(listed.regions).toEqual(['North America', 'Europe', 'Asia-Pacific']);
    const alone = extractSegments([text('India is the world’s largest milk producer, accounting for 23% of global production.')]);
    expect(alone.regions).toEqual([]);
  });

  it('takes one place stated alone where it is said to lead the market or grow in it fastest, but not the page\'s own', () => {
    expect(extractSegments([title('Widget Market'), text('North America is anticipated to lead the widget market throughout the forecast period.')]).regions).toEqual(['North America']);
    expect(extractSegments([title('Widget Market'), text('Asia Pacific region is witnessing the highest growth rate in the widget market.')]).regions).toEqual(['Asia Pacific']);
    // "Indian" in the title makes India the page's scope.
    expect(extractSegments([title('Indian Widget Makers'), text('India dominated the widget market with a 40% share.')]).regions).toEqual([]);
  });

  it('reads "Geographically, …", "segmented by region into …" and a last entry "and the Middle East"', () => {
    const seg = extractSegments([
      title('Widget Market'),
      text('Geographically, the market is segmented into North America, Europe, Asia Pacific, and Latin America.'),
      text('The market is segmented by application into hospitals, clinics and home care.'),
      text('The regions covered in the report are Asia-Pacific, Western Europe, South America, and the Middle East.'),
    ]);
    expect(seg.regions).toEqual(['North America', 'Europe', 'Asia Pacific', 'Latin America', 'Asia-Pacific', 'Western Europe', 'South America', 'Middle East']);
    expect(seg.applications).toEqual(['hospitals', 'clinics', 'home care']);
  });
});

describe('extractSegments: lists met on the sixth and seventh held-out sets', () => {
  it('"Indications for their use include oncology, immunology, …": a split of what the page is about, said with "for their"', () => {
    const seg = extractSegments([title('Biologics Market'), text('Indications for their use include oncology, immunology, infectious diseases and other medical conditions.')]);
    expect(seg.applications).toEqual(['oncology', 'immunology', 'infectious diseases', 'other medical conditions']);
    // A split said of another product stays out.
    expect(extractSegments([title('Biologics Market'), text('The applications for cars include fleets, taxis and buses.')])).toEqual(EMPTY);
  });

  it('"By Gaming Platform;" over one line that lists the section\'s names', () => {
    const seg = extractSegments([
      title('Online Gaming Market'),
      text('By Gaming Platform;'),
      text('Mobile Games, PC Games (Downloaded/Box and Browser), Console Games, Cloud Gaming and VR/AR Gaming'),
      text('By Revenue Model;'),
      text('Free-To-Play (F2P), Pay-To-Play/Premium and Subscription & Game-Pass'),
    ]);
    expect(seg.types).toEqual(['Mobile Games', 'PC Games', 'Console Games', 'Cloud Gaming', 'VR/AR Gaming']);
  });

  it('a line of prose under a section cue is no list of names', () => {
    const seg = extractSegments([title('Online Gaming Market'), text('By Gaming Platform;'), text('Mobile games lead, and console games follow, with PC games third'), text('Request a sample, download the PDF, or contact us')]);
    expect(seg.types).toEqual([]);
  });

  it('a title\'s "(By Product: A, B (MRI), C; …)" keeps an entry with a parenthesis of its own', () => {
    const seg = extractSegments([title('Medical Imaging Market (By Product: X-Ray Devices, Magnetic Resonance Imaging (MRI), Ultrasound; By End User: Hospitals, Clinics)')]);
    expect(seg.types).toEqual(['X-Ray Devices', 'Magnetic Resonance Imaging (MRI)', 'Ultrasound']);
    expect(seg.applications).toEqual(['Hospitals', 'Clinics']);
  });

  it('"Segmented by Service Model (IaaS, PaaS, SaaS). Deployment Model (…), End User Vertical (…, and More)": the next sentence goes on', () => {
    const seg = extractSegments([
      title('Cloud Computing Market'),
      text('Segmented by Service Model (IaaS, PaaS, SaaS). Deployment Model (Public Cloud, Private Cloud), End User Vertical (BFSI, Manufacturing, and More).'),
      // A sentence that goes on with a place and its parenthesis names no split.
      text('Segmented by type (Tablets, Capsules). Europe (Germany, France) grew fastest.'),
    ]);
    expect(seg.types).toEqual(['IaaS', 'PaaS', 'SaaS', 'Public Cloud', 'Private Cloud', 'Tablets', 'Capsules']);
    expect(seg.applications).toEqual(['BFSI', 'Manufacturing']);
    expect(seg.regions).toEqual([]);
  });

  it('a title\'s lists set off by semicolons: "by Pet (Dogs, Cats, Others); Form (Wet, Dry); Nature (Organic, Inorganic)"', () => {
    const seg = extractSegments([title('Pet Food Market Size & Share, by Pet (Dogs, Cats, Others); Form (Wet, Semi-Moist, Dry); Nature (Organic, Inorganic); Distribution Channel (Online, Stores) - Global Analysis')]);
    expect(seg.applications).toEqual(['Dogs', 'Cats', 'Others']);
    expect(seg.types).toEqual(['Wet', 'Semi-Moist', 'Dry', 'Organic', 'Inorganic']);
  });

  it('"…, followed by Europe and Asia Pacific, respectively" and players cued over four words ("Major plant-based meat and dairy brands like …")', () => {
    const seg = extractSegments([
      title('Plant-based Food Market'),
      text('North America held the dominant position in the plant-based food market in 2023, followed by Europe and Asia Pacific, respectively.'),
      text('Major plant-based meat and dairy brands like Beyond Meat, Impossible Foods, and Oatly are expanding.'),
    ]);
    expect(seg.regions).toEqual(['North America', 'Europe', 'Asia Pacific']);
    expect(seg.companies).toEqual(['Beyond Meat', 'Impossible Foods', 'Oatly']);
  });
});

describe('extractSegments: lists met on the ninth and tenth held-out sets', () => {
  it('"divided into seven segments: Living Room and Dining Room Furniture, …": a name in capitals may run to eight words', () => {
    const seg = extractSegments([title('Furniture Market'), text('The Furniture market is divided into seven segments: Living Room and Dining Room Furniture, Bedroom Furniture, Office Furniture, and Floor Covering.')]);
    expect(seg.types).toEqual(['Living Room and Dining Room Furniture', 'Bedroom Furniture', 'Office Furniture', 'Floor Covering']);
    // In lower case, five words are the most a name of prose runs to.
    expect(extractSegments([title('Furniture Market'), text('The furniture market is divided into living room and dining room furniture, beds, and floor covering.')]).types).toEqual([]);
  });

  it('"segmented by Type - Fingerprint Recognition, Facial Recognition, by Application - Military, Civil"', () => {
    const seg = extractSegments([title('Biometrics Market'), text('Biometrics Market is segmented by Type - Fingerprint Recognition, Facial Recognition, Iris Recognition, by Application - Military, Civil.')]);
    expect(seg.types).toEqual(['Fingerprint Recognition', 'Facial Recognition', 'Iris Recognition']);
    expect(seg.applications).toEqual(['Military', 'Civil']);
    expect(extractSegments([title('Biometrics Market'), text('Demand is driven by growth - mostly in Asia, Europe and Africa.')]).regions).toEqual([]);
  });

  it('"- Competitive Landscape: United Parcel Service (UPS), …, J.B. Hunt Transport Services, …" is a labelled list of players', () => {
    const seg = extractSegments([title('Freight Market'), text('- Competitive Landscape: United Parcel Service (UPS), FedEx Corporation, J.B. Hunt Transport Services, Old Dominion Freight Line.')]);
    expect(seg.companies).toEqual(['United Parcel Service (UPS)', 'FedEx Corporation', 'J.B. Hunt Transport Services', 'Old Dominion Freight Line']);
    // A sentence after the label is no list.
    expect(extractSegments([title('Freight Market'), text('Competitive Landscape: The market is fragmented. Many players compete.')]).companies).toEqual([]);
  });
});

describe('extractSegments: a table of places', () => {
  it('a table whose first column is headed "Country" or "Region" lists its places, past a row of the whole', () => {
    const seg = extractSegments([
      title('Logistics Market'),
      row('Country/Region | Market Size | Year'),
      row('Global | $9.4 trillion | 2023'),
      row('United States | $2.58 trillion | 2024'),
      row('China | $1.86 trillion | 2023'),
      row('Total | $4.4 trillion | 2024'),
      row('India | $532 billion | 2025'),
      row('Source: Statista | | '),
      row('Japan | $159 billion | 2025'),
    ]);
    expect(seg.regions).toEqual(['United States', 'China', 'India']);
  });

  it('a first column of anything else, or one place alone, is no list of regions', () => {
    const seg = extractSegments([
      title('Logistics Market'),
      row('Company | Revenue'),
      row('Germany Logistics GmbH | $4 billion'),
      row('Region | Share'),
      row('Europe | 30%'),
      text('The market grew.'),
      row('Segment | Share'),
      row('Japan | 20%'),
      row('China | 10%'),
    ]);
    expect(seg.regions).toEqual([]);
  });
});

describe('extractSegments: companies', () => {
  it('players named before their cue: "A, B, C.D. E are some of the leading industry participants", the whole sentence before the verb', () => {
    const seg = extractSegments([
      title('Widget Market'),
      text('The market is fragmented. Northwind, Contoso, J.K. Fabrikam are some of the leading industry participants in this market.'),
      // An opener that is no name, or a subject that is none, names no players.
      text('In 2012, Tailspin and Wingtip are the key players in the market. Rising demand and new rules are the key players of change.'),
    ]);
    expect(seg.companies).toEqual(['Northwind', 'Contoso', 'J.K. Fabrikam']);
  });

  it('"FEATURED COMPANIES" heads the players one a line; a last bullet "MORE" is none', () => {
    const seg = extractSegments([title('Private Tutoring Market'), text('FEATURED COMPANIES'), ...['• Chegg, Inc.', '• Mandarin House', '• TAL Education Group', '• MORE'].map((l) => text(l))]);
    expect(seg.companies).toEqual(['Chegg, Inc.', 'Mandarin House', 'TAL Education Group']);
  });

  it('players one a line, with an aside ("• HBO Max (owned by WarnerMedia)") or a brand\'s lower-case first letter ("• iQIYI")', () => {
    const seg = extractSegments([title('OTT Streaming Market'), text('Major Players'), ...['• Netflix', '• Hulu (owned by Disney)', '• HBO Max (owned by WarnerMedia)', '• iQIYI', '• ViacomCBS'].map((l) => text(l))]);
    expect(seg.companies).toEqual(['Netflix', 'Hulu', 'HBO Max', 'iQIYI', 'ViacomCBS']);
    // A line of prose in lower case is still no name.
    expect(extractSegments([title('OTT Streaming Market'), text('Major Players'), text('• Netflix'), text('• Hulu'), text('• and others')]).companies).toEqual(['Netflix', 'Hulu']);
  });

  it('a players heading followed by one line of its own has met a sub-heading, unless its colon opens the list', () => {
    const longLine = 'The market is shaped by the adoption of machine learning for detection and automated response across every sector.';
    const lone = extractSegments([title('Widget Market'), text('Key Players and Technology Adoption'), text(longLine), text('Emerging Threat Landscape'), text(longLine)]);
    expect(lone.companies).toEqual([]);
    const listed = extractSegments([title('Widget Market'), text('The top widget companies:'), text('Northwind Traders')]);
    expect(listed.companies).toEqual(['Northwind Traders']);
    const two = extractSegments([title('Widget Market'), text('Key Players'), text('Northwind Traders'), text('Contoso Widgets')]);
    expect(two.companies).toEqual(['Northwind Traders', 'Contoso Widgets']);
  });

  it('players called organizations, firms or providers, and "with leaders such as"; a name cut to one letter is none', () => {
    const seg = extractSegments([
      title('Telehealth Market'),
      text('The leading organizations in the telehealth market are Northwind Health, Contoso Care, and Fabrikam Clinics.'),
      text('The industry is highly competitive, with leaders such as Tailspin Labs, Wingtip Medical, and Litware.'),
      text('Key providers include Adatum, Proseware and K.'),
    ]);
    expect(seg.companies).toEqual(['Northwind Health', 'Contoso Care', 'Fabrikam Clinics', 'Tailspin Labs', 'Wingtip Medical', 'Litware', 'Adatum', 'Proseware']);
    // Leaders who are no companies' examples: no "with" before them.
    expect(extractSegments([title('Telehealth Market'), text('World leaders such as Ada Lovelace met in Geneva.')]).companies).toEqual([]);
  });

  it('a labelled list line is whole: the key facts after "- Key Players: A, B & more." are no names', () => {
    const seg = extractSegments([
      title('Payment Processing Market'),
      text('- Key Players: PayPal, Stripe, Adyen, Square, Fiserv & more.'),
      text('- Regional Insights: North America holds 34% driven by digital usage.'),
      text('- Challenges: Over 59% cyber risks rising.'),
    ]);
    expect(seg.companies).toEqual(['PayPal', 'Stripe', 'Adyen', 'Square', 'Fiserv']);
  });

  it('one name a line, each closed by a comma, keeps a comma before a corporate suffix', () => {
    const seg = extractSegments([title('Wearables Market'), text('Major Key Players in the Wearables Industry:'), text('Apple Inc. (US),'), text('Huawei Technologies Co., Ltd. (China),'), text('Sony Group Corporation (Japan)')]);
    expect(seg.companies).toEqual(['Apple Inc.', 'Huawei Technologies Co., Ltd.', 'Sony Group Corporation']);
  });

  it('reads "Key Players:" lists in one line, with bold names', () => {
    const seg = extractSegments([text('Top Key Players: **3M**, Honeywell, Kimberly-Clark, and Acme Health.')]);
    expect(seg.companies).toEqual(['3M', 'Honeywell', 'Kimberly-Clark', 'Acme Health']);
  });

  it('reads prose lists after a players cue up to the first word that is not a name', () => {
    const seg = extractSegments([
      text('The market is characterized by prominent players such as Acme, Globex, BYD, and Moldex-Metric, each vying for share.'),
      text('Key competitors include Akzo Widgets, Initech, and Hooli, among others, focusing on sustainable products.'),
      text('Other notable companies like Vandelay Medical and Wonka Health are also gaining traction.'),
      text('Other significant players in the adjacent market include Umbrella, Stark Labs, and Wayne Bio, each offering therapies.'),
    ]);
    expect(seg.companies).toEqual([
      'Acme', 'Globex', 'BYD', 'Moldex-Metric', 'Akzo Widgets', 'Initech', 'Hooli', 'Vandelay Medical', 'Wonka Health',
      'Umbrella', 'Stark Labs', 'Wayne Bio',
    ]);
  });

  it('keeps corporate suffixes with their names', () => {
    const seg = extractSegments([
      text('Key market players including Foo Chem Power, Inc., Bar Co. Ltd., L’Oréal S.A., and Baz Holdings. Sales Director Lee said so.'),
    ]);
    expect(seg.companies).toEqual(['Foo Chem Power, Inc.', 'Bar Co. Ltd.', 'L’Oréal S.A.', 'Baz Holdings']);
  });

  it('reads "some of the key players being A, B, C"', () => {
    const seg = extractSegments([text('The competitive landscape has also been examined, with some of the key players being Northwind AG, Contoso Inc., Tailspin LLC and Fabrikam+.')]);
    expect(seg.companies).toEqual(['Northwind AG', 'Contoso Inc.', 'Tailspin LLC', 'Fabrikam+']);
  });

  it('reads a name camel-cased from a lower-case start ("bioMerieux") as a name, not the list\'s end', () => {
    const seg = extractSegments([text('The key players in the widget market are Northwind Labs, bioNorth Diagnostics, eWidget, Fabrikam Gene, and Tailspin.')]);
    expect(seg.companies).toEqual(['Northwind Labs', 'bioNorth Diagnostics', 'eWidget', 'Fabrikam Gene', 'Tailspin']);
  });

  it('a label\'s colon, then the sentence that opens the list: "Leading Players: Global leaders include A, B, and C"', () => {
    const seg = extractSegments([title('Widget Market'), item('Leading Players: Global leaders include Northwind, Contoso Labs, Tailspin, and Fabrikam, while local firms like Litware gain traction.')]);
    expect(seg.companies).toEqual(['Northwind', 'Contoso Labs', 'Tailspin', 'Fabrikam']);
  });

  it('after a name with its suffix, a name that starts with a suffix-like word is the next one ("Acme LLC, AG Widgets Inc")', () => {
    const seg = extractSegments([title('Widget Market 2022 with Top Key Players like Northwind LLC, AG Widgets Inc, Contoso Pty Ltd, Tailspin')]);
    expect(seg.companies).toEqual(['Northwind LLC', 'AG Widgets Inc', 'Contoso Pty Ltd', 'Tailspin']);
    // A second suffix still joins its name.
    expect(extractSegments([text('Key players include Northwind Co., Ltd., Contoso & Co., Inc., and Tailspin.')]).companies).toEqual(['Northwind Co., Ltd.', 'Contoso & Co., Inc.', 'Tailspin']);
  });

  it('reads "market leaders including …" and "industry leaders such as …"', () => {
    const seg = extractSegments([text('Market leaders including Northwind Music, Contoso Audio, and Fabrikam Sound continue to grow.')]);
    expect(seg.companies).toEqual(['Northwind Music', 'Contoso Audio', 'Fabrikam Sound']);
    expect(extractSegments([text('Industry leaders such as Acme Corp and Beta Inc dominate.')]).companies).toEqual(['Acme Corp', 'Beta Inc']);
  });

  it('reads the players a wire headline features: "… - Featuring Sonova Holding, GN Store Nord & Widex Among Others", "… - Top Companies A, B, C"', () => {
    expect(extractSegments([title('Worldwide Widget Industry to 2026 - Featuring Northwind Holding, Contoso Nord & Fabrikam Among Others')]).companies).toEqual(['Northwind Holding', 'Contoso Nord', 'Fabrikam']);
    expect(extractSegments([heading('Widget Market to See Massive Growth by 2027 - Top Companies Northwind, Contoso, Fabrikam Sante')]).companies).toEqual(['Northwind', 'Contoso', 'Fabrikam Sante']);
    // A headline about companies that names none, and the same words in a paragraph, give no players.
    expect(extractSegments([title('Top Companies to Work For in 2024')]).companies).toEqual([]);
    expect(extractSegments([text('The show went on, featuring Northwind, Contoso & Fabrikam')]).companies).toEqual([]);
  });

  it('reads players set off by dashes, past a name\'s aside in parentheses: "The top three vendors—Dematic (KION Group), Daifuku, and Swisslog—hold …"', () => {
    expect(extractSegments([text('The top three vendors—Northwind (Contoso Group), Fabrikam, and Tailspin—hold over 40% of the market.')]).companies).toEqual(['Northwind', 'Fabrikam', 'Tailspin']);
    expect(extractSegments([text('With 80% of the market owned by three companies—Northwind, Fabrikam and Tailspin.')]).companies).toEqual(['Northwind', 'Fabrikam', 'Tailspin']);
    // A dash after a count of companies that is no list: "two companies – a sign of consolidation".
    expect(extractSegments([text('The market is shared by two companies – a sign of consolidation.')]).companies).toEqual([]);
  });

  it('under "Segmentation and Top Players", items a line announces as segments are types, and "X: This segment, …" no company', () => {
    const seg = extractSegments([
      heading('Market Segmentation and Top Players'),
      text('The toys market caters to a diverse range of needs through distinct segments:'),
      item('Preschool Toys: This segment, led by companies like Northwind Toys, caters to young children.'),
      item('Construction Sets: Contoso Bricks continues to dominate this segment.'),
    ]);
    expect(seg.types).toEqual(['Preschool Toys', 'Construction Sets']);
    expect(seg.companies).toEqual(['Northwind Toys']);
    const alone = extractSegments([heading('Top Players'), item('Preschool Toys: This segment, led by Northwind Toys, caters to young children.')]);
    expect(alone.companies).not.toContain('Preschool Toys');
  });

  it('reads "organizations like the X and Y" examples', () => {
    const seg = extractSegments([text('India became a vaccine hub, led by organizations like the Northwind Institute and Contoso Biotech.')]);
    expect(seg.companies).toEqual(['Northwind Institute', 'Contoso Biotech']);
  });

  it('reads the companies a players section is about: bold leads, subjects, "dominated by"', () => {
    const seg = extractSegments([
      text('Widget Major Market Players'),
      text('The landscape is primarily dominated by Foo Pharmaceuticals, which holds the patent. Foo has positioned itself well.'),
      text('**Panasonic Widgets** holds a substantial share in the EV segment.'),
      text('**Toshiba Corporation** and **Hitachi Chemical Co. Ltd.** are also noteworthy competitors.'),
      text('Mazak and Amada are strong competitors with Mazak innovating in multi-tasking machines.'),
      text('Medtronic, known for its medical devices, is another significant player.'),
      text('Sales revenue from some key players highlights their positioning, with revenue close to $1.2 billion.'),
      text('Overall, the widget market remains competitive. Innovation remains central to growth.'),
      text('What Are The Key Opportunities For Widget Manufacturers?'),
      text('Honeywell has expanded outside the players section.'),
    ]);
    expect(seg.companies).toEqual([
      'Foo Pharmaceuticals', 'Panasonic Widgets', 'Toshiba Corporation', 'Hitachi Chemical Co. Ltd.', 'Mazak', 'Amada',
      'Medtronic',
    ]);
  });

  it('reads "Name: description" lines under a players line, up to the next sub-heading', () => {
    const seg = extractSegments([
      text('Identify Key Players and New Entrants'),
      text('Alpha Platforms (Alpha, Beta): Dominant in the European market, leveraging its extensive user base.'),
      text('Gamma: Rapidly gaining traction with features like Gamma Shop, influencing purchases.'),
      text('Highlight Recent Partnerships, Mergers, and Acquisitions'),
      text('Delta: acquired a social agency to enhance its capabilities.'),
    ]);
    expect(seg.companies).toEqual(['Alpha Platforms', 'Gamma']);
  });

  it('reads company list items under a "Top ... Companies" line, dropping a headquarters country', () => {
    const seg = extractSegments([
      text('Top Northland Widget Market Companies'),
      ...items('Acme Corp (US)', 'Globex (Germany)', 'Johnson & Johnson'),
      text('Regional Analysis of Northland Widget Market'),
    ]);
    expect(seg.companies).toEqual(['Acme Corp', 'Globex', 'Johnson & Johnson']);
  });
});

describe('extractSegments: what is not a segment', () => {
  it('a table of contents lists the chapters after "Key Market Players", not players', () => {
    const seg = extractSegments([title('Widget Market'), heading('Contents'), ...items('Market Overview', 'Key Market Players', 'Strategic Conclusion', 'References', 'Appendix')]);
    expect(seg.companies).toEqual([]);
  });

  it('examples of companies doing something else are no players: "companies like Contoso and Fabrikam are investing in …"', () => {
    const seg = extractSegments([
      title('Widget Market'),
      text('For instance, companies like Contoso and Fabrikam are investing in widget plants. Companies, such as Northwind and Tailspin, have pledged to cut waste.'),
      // Leading the market, they are its players.
      text('The widget market is led by manufacturers like Wingtip and Litware.'),
    ]);
    expect(seg.companies).toEqual(['Wingtip', 'Litware']);
  });

  it('a statistic that opens with a company is no company name, though it names its subject; names keep their lower-case connectors', () => {
    const seg = extractSegments([
      title('Widget Market'),
      heading('Competitive Landscape'),
      ...items('Bank of Widgets', 'Acme gaskets top online widget seller.', 'Northwind Widgets', 'Contoso valves entered top ranks'),
    ]);
    // The statistics' subjects come last, read as a paragraph's are.
    expect(seg.companies).toEqual(['Bank of Widgets', 'Northwind Widgets', 'Acme', 'Contoso']);
  });

  it('"Different plywood types are available in the market, designed with …" says what the types are, it lists none', () => {
    const seg = extractSegments([
      title('Plywood Market'),
      text('Different plywood types are available in the market, designed with low toxicity, enhanced durability, aesthetics and environmental sustainability.'),
      text('The main types are softwood plywood, hardwood plywood, tropical plywood and marine plywood.'),
    ]);
    expect(seg.types).toEqual(['softwood plywood', 'hardwood plywood', 'tropical plywood', 'marine plywood']);
  });

  it('drops an "Application" list that is really distribution channels', () => {
    const seg = extractSegments([
      text('The Gum Market Industry Research by Application is segmented into:'),
      ...items('Hypermarkets/ Supermarkets', 'Online Retail', 'Other Retail Formats'),
      text(PROSE),
    ]);
    expect(seg).toEqual(EMPTY);
  });

  it('consumes an unlabelled split so its entries are not read as the next one', () => {
    const seg = extractSegments([
      heading('By Gender:'),
      ...items('Men', 'Women'),
      heading('By Type:'),
      ...items('Round', 'Square'),
    ]);
    expect(seg).toEqual({ ...EMPTY, types: ['Round', 'Square'] });
  });

  it('ignores "by type" inside a phrase, plans and checklists', () => {
    const seg = extractSegments([
      text('Beyond processing invoices, you need visibility into:'),
      ...items('Exception rates by type', 'Vendor performance', 'Team productivity'),
      heading('Phase 3: Pilot Implementation'),
      text('Start focused:'),
      ...items('Choose 2-3 high-volume vendors', 'Process 500-1,000 invoices', 'Gather user feedback'),
      text('Success metrics:'),
      ...items('Extraction accuracy: Target >95%'),
      heading('3.2 Proposed System Overview'),
      text('Our product addresses all identified limitations through:'),
      ...items('Persistent Memory: context kept across calls', 'Self-Service: no-code builder'),
      text('GDP - composition, by end use'),
      text('household consumption: 26.8% (2023 est.)'),
      text('by type: bulk carrier 12, general cargo 32, other 49'),
    ]);
    expect(seg).toEqual(EMPTY);
  });

  it('a statistics item that states players\' share ("top 5 companies hold 85% share") heads no list of players', () => {
    const seg = extractSegments([
      title('Hearing Aid Market Statistics'),
      item('Hearing aid market consolidation: top 5 companies hold 85% share.'),
      item('Average hearing aid price: USD 2,500 per pair in U.S. (2023).'),
      item('Average age of first hearing aid fitting: 70 years old globally.'),
    ]);
    expect(seg.companies).toEqual([]);
  });

  it('reads no names from prose that only restates segments', () => {
    const seg = extractSegments([
      text('Widget Market by Type:'),
      ...items('Flat-fold Type', 'Cup Style'),
      text('The widget market is categorized into three main types: flat-fold, cup style, and others.'),
      text('Flat-fold masks are expected to dominate the market, followed by cup style and others.'),
      text('Honeywell reported revenue of $34 billion.'),
    ]);
    expect(seg).toEqual({ ...EMPTY, types: ['Flat-fold Type', 'Cup Style'] });
  });

  it('drops a short form of a listed company read only from a sentence subject', () => {
    const seg = extractSegments([
      text('Key Market Players'),
      text('Key players include Foo Pharmaceuticals and Bar Labs. Foo has the largest share of the market today.'),
    ]);
    expect(seg.companies).toEqual(['Foo Pharmaceuticals', 'Bar Labs']);
  });
});

describe('extractSegments: limits', () => {
  it('caps each list and drops over-long names', () => {
    const many = Array.from({ length: 100 }, (_, i) => `Widget Kind ${String.fromCharCode(65 + (i % 26))}${i}x`);
    const seg = extractSegments([heading('By Product:'), ...items(...many, `Long ${'Name '.repeat(40)}`)]);
    expect(seg.types).toHaveLength(40);
    expect(seg.types.every((n) => n.length <= 120)).toBe(true);
  });

  it('stays fast on hostile text', () => {
    const hostile = 'by by by (' + 'a, '.repeat(20_000) + ' Key players include ' + 'Aa, '.repeat(20_000);
    const blocks: Block[] = [title(hostile), text(hostile), item(hostile), row(`By Type | ${hostile}`)];
    for (let i = 0; i < 2000; i++) blocks.push(i % 2 ? heading('By Application:') : item('**'.repeat(500)));
    const start = performance.now();
    extractSegments(blocks);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('returns empty lists for an empty page', () => {
    expect(extractSegments([])).toEqual(EMPTY);
  });
});

describe('helpers', () => {
  it('names the split a cue word stands for', () => {
    expect(dimensionOf('End-use')).toBe('applications');
    expect(dimensionOf('End Use Device')).toBe('applications');
    expect(dimensionOf('Retail Product Categories')).toBe('types');
    // A specialty is where a service goes, a crop what a farm input goes on; a product named after them is still sold.
    expect(dimensionOf('medical specialty')).toBe('applications');
    expect(dimensionOf('crop type')).toBe('applications');
    expect(dimensionOf('specialty chemical')).toBe(null);
    expect(dimensionOf('crop protection product')).toBe('types');
    expect(dimensionOf('Animal Type')).toBe('applications');
    expect(dimensionOf('Pet')).toBe('applications');
    // A sector is who buys, as a vertical is.
    expect(dimensionOf('a number of sectors')).toBe('applications');
    // Who a medical product is for, as who buys it.
    expect(dimensionOf('Patient Type')).toBe('applications');
    expect(dimensionOf('Animal-Based Ingredient')).toBe('types');
    expect(dimensionOf('Distribution Channel')).toBe('other');
    expect(dimensionOf('Enterprise Size')).toBe('other');
    expect(dimensionOf('Region')).toBe('regions');
    expect(dimensionOf('Key Players')).toBe('companies');
    expect(dimensionOf('Weather')).toBeNull();
  });

  it('tells places from other names', () => {
    expect(isPlace('Middle East & Africa')).toBe(true);
    expect(isPlace('Asia-Pacific')).toBe(true);
    expect(isPlace('Rest of the World')).toBe(true);
    expect(isPlace('Western Europe')).toBe(true);
    // Central & South America as publishers abbreviate it beside "MEA"
    expect(isPlace('CSA')).toBe(true);
    expect(isPlace('Premium Buyers')).toBe(false);
    expect(isPlace('North Star Labs')).toBe(false);
  });

  it('cleans list entries to their names', () => {
    expect(cleanName('1. **Hospitals**: the largest end user')).toBe('Hospitals');
    expect(cleanName('Relieve Pain Subsegment')).toBe('Relieve Pain');
    expect(cleanName('and Others')).toBe('Others');
    expect(cleanName('Samsung SDI Co. Ltd.')).toBe('Samsung SDI Co. Ltd.');
    expect(cleanName('Regular Gum (Non-Sugarless)')).toBe('Regular Gum (Non-Sugarless)');
    // A description of several words in parentheses goes; an abbreviation stays.
    expect(cleanName('Services (Dominant Revenue Driver): Transaction fees')).toBe('Services');
    expect(cleanName('Natural Language Processing (NLP)')).toBe('Natural Language Processing (NLP)');
  });

  it('finds section cues only in short announcing lines', () => {
    expect(sectionCue(heading('By Application:'))).toBe('applications');
    expect(sectionCue(text('Medical Monitor Major Market Players'))).toBe('companies');
    expect(sectionCue(text('What Are The Key Opportunities For Widget Manufacturers?'))).toBeNull();
    expect(sectionCue(item('Exception rates by type'))).toBeNull();
    expect(sectionCue(text(`${PROSE} by Application:`))).toBeNull();
  });
});

describe('extractSegments: lists met on held-out pages', () => {
  it('a heading "… Market By Application, 2020-2030, (USD Million), (Tons)." opens the lines after it', () => {
    const seg = extractSegments([
      title('Gizmo Market Report'),
      text('Gizmo Market By Application, 2020-2030, (USD Million), (Tons).'),
      text('Signs And Displays'),
      text('Paint & Coatings'),
      text('Printing Inks'),
      text(PROSE),
    ]);
    expect(seg.applications).toEqual(['Signs And Displays', 'Paint & Coatings', 'Printing Inks']);
  });

  it('lower-case lists in parentheses after each split of one phrase', () => {
    const seg = extractSegments([
      title('Europe Water Purifier Market'),
      text('The market is segmented by technology (microfiltration, ultrafiltration, reverse osmosis) and end-user industry (municipal, pulp and paper, food and beverage, and others).'),
    ]);
    expect(seg.types).toEqual(['microfiltration', 'ultrafiltration', 'reverse osmosis']);
    expect(seg.applications).toEqual(['municipal', 'pulp and paper', 'food and beverage', 'others']);
  });

  it('a company list keeps a suffix as written ("Co,Ltd") and leaves out "and Others…"', () => {
    const seg = extractSegments([
      title('Gizmo Market'),
      text('The study covers major players such as Soken Chemical & Engineering Co,Ltd, Kobo Products Inc. and Others…'),
    ]);
    expect(seg.companies).toEqual(['Soken Chemical & Engineering Co,Ltd', 'Kobo Products Inc.']);
  });
});

describe('extractSegments: bare split names and names with "and"', () => {
  it('"Product Type:", "End-User:", "Region:" headings open their lists; "Solution:" does not', () => {
    const seg = extractSegments([
      title('Disc Market'),
      heading('Product Type:'), ...items('CDs', 'DVDs', 'Blu-ray Discs'),
      heading('End-User:'), ...items('Individual Consumers', 'Government'),
      heading('Region:'), ...items('North America', 'Europe'),
      text('Solution:'), ...items('Involve the team early', 'Celebrate early wins'),
    ]);
    expect(seg.types).toEqual(['CDs', 'DVDs', 'Blu-ray Discs']);
    expect(seg.applications).toEqual(['Individual Consumers', 'Government']);
    expect(seg.regions).toEqual(['North America', 'Europe']);
  });

  it('"E. I. du Pont de Nemours and Company" is one company', () => {
    const seg = extractSegments([title('Resin Market'), text('Key players include E. I. du Pont de Nemours and Company, Hexcel Corporation and Johnson and Sons.')]);
    expect(seg.companies).toEqual(['E. I. du Pont de Nemours and Company', 'Hexcel Corporation', 'Johnson and Sons']);
  });
});

describe('extractSegments: examples in parentheses', () => {
  it('"By Tyre Type [Radial, Bias], By Rim Size [Upto 20 inches, …]": lists in brackets as in parentheses', () => {
    const seg = extractSegments([title('Tyre Market Report By Tyre Type [Radial, Bias], By Rim Size [Upto 20 inches, More than 20 inches], By Region, Forecast FY2031')]);
    expect(seg.types).toEqual(['Radial', 'Bias']);
  });

  it('"by Grade (Standard (0–5 mm), Fine (-1–0 mm) and More)": the last entry after a parenthesis, and "More" no entry', () => {
    const seg = extractSegments([
      title('Gravel Market'),
      text('The report segments the market by Grade (Standard (0–5 mm), Fine (-1–0 mm) and More), and by Application (Roads, Rail Beds and More).'),
    ]);
    expect(seg.types).toEqual(['Standard', 'Fine']);
    expect(seg.applications).toEqual(['Roads', 'Rail Beds']);
  });

  it('"based on service type (e.g., SaaS, PaaS, IaaS) and application (e.g., CRM, ERP)": no "e.g." name', () => {
    const seg = extractSegments([title('Cloud Market'), text('Segmentation exists based on both service type (e.g., SaaS, PaaS, IaaS) and application (such as CRM, ERP).')]);
    expect(seg.types).toEqual(['SaaS', 'PaaS', 'IaaS']);
    expect(seg.applications).toEqual(['CRM', 'ERP']);
  });
});

describe('extractSegments: regions and splits said in prose', () => {
  const of = (...sentences: string[]) => extractSegments([title('Widget Market Report'), text(PROSE), ...sentences.map(text)]);

  it('"Geographically, the market spans A, B, C and D": a run of places in a sentence about the market\'s regions', () => {
    expect(of('Geographically, the widget market spans North America, Europe, Asia Pacific, and Latin America.').regions).toEqual(['North America', 'Europe', 'Asia Pacific', 'Latin America']);
    expect(of('The report covers regions such as North America, Europe, Asia-Pacific and the Middle East and Africa.').regions).toEqual(['North America', 'Europe', 'Asia-Pacific', 'Middle East and Africa']);
    // The dots of "U.S." do not end the sentence.
    expect(of('The report studies the widget market in countries such as Germany, France, the U.S. and Japan.').regions).toEqual(['Germany', 'France', 'U.S.', 'Japan']);
  });

  it('places listed without saying they are the market\'s regions, or only two of them, are no split', () => {
    expect(of('Our company has offices in many countries, including the U.S., Canada and Germany.').regions).toEqual([]);
    expect(of('The widget market spans North America, Europe and Japan.').regions).toEqual([]);
    expect(of('Regionally, the widget market is led by North America and Europe.').regions).toEqual([]);
  });

  it('"Region-wise, North America dominated the market, followed by Europe and Asia Pacific": the opener says nothing of the places', () => {
    expect(of('Region-wise, North America dominated the widget market in 2023, followed by Europe and Asia Pacific.').regions).toEqual(['North America', 'Europe', 'Asia Pacific']);
  });

  it('a statement may open with a link word or a perspective, and lead with a list of places ("Europe, the Middle East, and Africa show …")', () => {
    expect(of('However, the Asia-Pacific region is expected to grow fastest in the widget market.', 'From a regional perspective North America is the biggest market.').regions).toEqual(['Asia-Pacific', 'North America']);
    expect(of('Europe, the Middle East, and Africa show steady growth in widget demand.', 'Japan and Northeast Asia each accounted for 9% of the market.').regions).toEqual(['Europe', 'Middle East', 'Africa', 'Japan', 'Northeast Asia']);
    // The predicate after a place may carry a comma; "dominates" is a statement's cue.
    expect(of('Regionally, Asia-Pacific dominates, contributing USD 671 billion in 2024.', 'North America maintains a premium market share, followed by Europe.').regions).toEqual(['Asia-Pacific', 'North America', 'Europe']);
  });

  it('one region led by a split ("By region, North America held …") is no list that would make the statements detail', () => {
    expect(of('By region, North America held the largest share of the widget market with 31%.', 'Europe and Japan followed with shares of 22% and 17%, respectively.').regions).toEqual(['North America', 'Europe', 'Japan']);
    // Two regions listed are: statements stay detail.
    expect(of('By region, the market is segmented into North America and Europe.', 'Japan held 9% of the widget market.', 'China accounted for 5% of the market.').regions).toEqual(['North America', 'Europe']);
  });

  it('a bulleted statement ("• Asia Pacific dominated …"), and "followed by the European Union and the US with …"', () => {
    expect(of('• Asia Pacific dominated the widget market in 2024.', '• North America is expected to grow at a significant rate.').regions).toEqual(['Asia Pacific', 'North America']);
    expect(of('China accounts for a major share (37%) of the widget market followed by the European Union and the US with shares of 17% and 14% respectively.').regions).toEqual(['China', 'European Union', 'US']);
  });

  it('"Latin America (5.8%) and Middle East & Africa (4.4%) are smaller contributors": a share in parentheses, a paired region whole', () => {
    expect(of('Asia Pacific dominates the widget market with 46%.', 'Latin America (5.8%) and Middle East & Africa (4.4%) are smaller contributors to the market.').regions).toEqual(['Asia Pacific', 'Latin America', 'Middle East & Africa']);
    expect(of('North America & Europe dominate the widget market.').regions).toEqual(['North America', 'Europe']);
  });

  it('a statement dated by its opener ("In 2022, North America dominated …"), and "followed by" places with their shares', () => {
    expect(of('In 2022, North America dominated the widget market with the highest revenue share of 47%.', 'Europe held a 39% revenue share in 2022.').regions).toEqual(['North America', 'Europe']);
    expect(of('In terms of geographical distribution, Europe was the main market for widgets in 2018 (32.3%), followed by North America (30.6%), Asia-Pacific (20.0%) and the Middle East and Africa (6.8%).').regions)
      .toEqual(['Europe', 'North America', 'Asia-Pacific', 'Middle East and Africa']);
    // A year opener does not make a place named in passing a statement.
    expect(of('In 2022, demand from Europe and Japan stayed weak.').regions).toEqual([]);
  });

  it('"North America and Europe remain the largest markets, but Asia-Pacific is …", "Together, …", "While …"', () => {
    expect(of('North America and Europe remain the largest widget markets, but Asia-Pacific is quickly catching up.').regions).toEqual(['North America', 'Europe', 'Asia-Pacific']);
    expect(of('Together, North America and Europe are expected to hold almost 78% share of the widget market in 2030.').regions).toEqual(['North America', 'Europe']);
    expect(of('While North America and Europe are the largest widget markets, growth is elsewhere.').regions).toEqual(['North America', 'Europe']);
    expect(of('North America is the leading region in widget consumption.', 'And, Asia Pacific will be the emerging region with a CAGR of 7.5%.', 'In addition, Europe held a 20% share of the market.').regions)
      .toEqual(['North America', 'Asia Pacific', 'Europe']);
    // "While" before a place named in passing states nothing of it.
    expect(of('While demand in Europe and Japan grows, the widget market stays small.').regions).toEqual([]);
  });

  it('a link word does not make a place named in passing a statement', () => {
    expect(of('However, demand from Europe and Japan stayed weak.', 'Meanwhile, the company opened offices in Germany.').regions).toEqual([]);
    // One place stated alone counts only where it is said to lead the market: "biggest" says so.
    expect(of('North America is the biggest widget market.').regions).toEqual(['North America']);
    expect(of('North America is a widget market.').regions).toEqual([]);
  });

  it('"In this market, A, B, and C are the major application segments": the list stands before what it is', () => {
    expect(of('In this market, infusion pumps, wound care, and dialysis are the major application segments.').applications).toEqual(['infusion pumps', 'wound care', 'dialysis']);
    expect(of('Tablets and capsules are the two product segments the report covers.').types).toEqual(['Tablets', 'capsules']);
    // A clause before the verb is no list of names, and "These" names none.
    expect(of('Growth is strong, and tablets are the main product segments.')).toEqual(EMPTY);
    expect(of('These are the key segments of the widget market.')).toEqual(EMPTY);
  });

  it('"By product type, it is classified into A, B and C": "it" right after the lead is the market', () => {
    const seg = of('The widget market is segmented by product type and application. By product type, it is classified into capsules, tablets and powders.');
    expect(seg.types).toEqual(['capsules', 'tablets', 'powders']);
    // Without the lead, "it" may be anything the sentence before spoke of.
    expect(of('The company grew fast in 2023. It is divided into retail, wholesale and logistics.')).toEqual(EMPTY);
  });
});

describe('extractSegments: splits the labels leave out', () => {
  it('"Category (Men and Women)": a gender split filed under another name is no segment list', () => {
    const seg = extractSegments([title('Apparel Market'), text('The report segments the market by Category (Men and Women) and by Product (Shirts, Trousers and Jackets).')]);
    expect(seg.types).toEqual(['Shirts', 'Trousers', 'Jackets']);
    // A list that only starts with a gender word is a real split.
    expect(extractSegments([title('Apparel Market'), text('The market is segmented by Type (Women’s Wear, Menswear and Kidswear).')]).types).toEqual(['Women’s Wear', 'Menswear', 'Kidswear']);
  });
});
