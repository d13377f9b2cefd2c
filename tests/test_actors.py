"""Actor coding from the text's own descriptions (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder, load_settings


def code(coder, body: str, title: str = "Officials meet as tensions rise"):
    return coder.code_text(f"{title}\n\n{body}")


def actor(record, text: str):
    body = record.article.text
    for a in record.actors:
        forms = [a.name] + [body[s:e] for s, e in a.mentions]
        if any(text == f or f.endswith(" " + text) for f in forms):
            return a
    raise AssertionError(f"no actor {text!r} in {[a.name for a in record.actors]}")


def test_titles_demonyms_and_surnames(coder):
    r = code(coder, "Chilean Interior Minister Rosa Salinas met opposition leader Tomas Ibarra in Santiago on Monday. "
                    "Salinas later said Ibarra had agreed to talks.")
    salinas, ibarra = actor(r, "Rosa Salinas"), actor(r, "Tomas Ibarra")
    assert (salinas.country, salinas.sectors[0]) == ("CHL", "GOV")
    assert ibarra.country == "CHL" and "OPP" in ibarra.sectors
    body = r.article.text
    assert [body[s:e] for s, e in salinas.mentions] == ["Rosa Salinas", "Salinas"]


def test_envoy_is_coded_through_his_principal_not_the_place(coder):
    r = code(coder, "Peruvian opposition leader Ana Quispe said she was sending her envoy in Washington, "
                    "Luis Mendoza, to meet officials at the State Department.")
    mendoza = actor(r, "Luis Mendoza")
    assert mendoza.country == "PER" and "OPP" in mendoza.sectors


def test_government_named_after_its_leader_is_that_leaders(coder):
    r = code(coder, "President Laura Chinchilla of Costa Rica spoke in San Jose. Critics of the Chinchilla "
                    "government marched on Saturday.", title="Costa Rica protests")
    chin = actor(r, "Laura Chinchilla")
    assert chin.country == "CRI"
    assert any("Chinchilla government" in r.article.text[s:e + 12] for s, e in chin.mentions)


def test_possessive_country_and_state_media(coder):
    r = code(coder, "Serbia's foreign ministry summoned the Croatian ambassador. State-run television said the "
                    "meeting lasted an hour.", title="Serbia summons Croatian envoy")
    assert actor(r, "foreign ministry").country == "SRB"
    assert actor(r, "Croatian ambassador").country == "HRV"
    tv = actor(r, "television")
    assert tv.country == "SRB" and "JRN" in tv.sectors


@pytest.mark.parametrize("platform", ["Twitter", "Telegram", "Facebook"])
def test_platforms_are_not_actors(coder, platform):
    r = code(coder, f"The minister said on {platform} that the border would reopen on Monday.")
    assert all(a.name != platform for a in r.actors)


def test_regional_groups_have_no_single_country(coder):
    r = code(coder, "Latin American governments rejected the plan, while Democratic state legislators in Arizona "
                    "criticised the governor.", title="Arizona plan draws criticism")
    assert actor(r, "Latin American governments").country is None
    assert actor(r, "Democratic state legislators").country == "USA"


def test_body_described_by_its_base_takes_the_base_country(coder):
    r = code(coder, "Chilean police said a Lima-based smuggling network had paid the guards, and prosecutors "
                    "charged two of its members.", title="Chile smuggling case")
    net = actor(r, "Lima-based smuggling network")
    assert net.country == "PER"
    assert all(a.name != "Peru" for a in r.actors)   # the base of a body is no actor of its own


def test_named_body_known_as_joins_its_description(coder):
    r = code(coder, "Bolivian officials blamed an Asuncion-based trafficking organisation, known as the Tres Fronteras "
                    "Cartel, for the shipment.", title="Bolivia cocaine seizure")
    clan = actor(r, "Tres Fronteras Cartel")
    assert clan.country == "PRY"
    assert len([a for a in r.actors if a.country == "PRY"]) == 1


def test_bare_ministry_follows_the_state_in_focus_not_an_earlier_ministry(coder):
    r = code(coder, "Norway's foreign ministry said it was following the talks closely. Later in the week, Denmark "
                    "offered to host a second round. The ministry said the talks could start in May.",
             title="Arctic fishing talks")
    assert actor(r, "Norway's foreign ministry").country == "NOR"
    ministry = [a for a in r.actors if any(r.article.text[s:e] == "ministry" for s, e in a.mentions)]
    assert ministry and ministry[0].country == "DNK"


def test_ethnic_groups_are_coded_to_the_state_they_live_in(coder):
    r = code(coder, "Hundreds of ethnic Hungarians rallied in Cluj on Sunday. Ethnic Serb leaders in Kosovo "
                    "rejected the plan.", title="Romania minority rally")
    assert actor(r, "Hungarians").country == "ROU"
    assert actor(r, "Ethnic Serb leaders").country != "SRB"


@pytest.mark.parametrize("name,iso", [("The Kremlin", "RUS"), ("Downing Street", "GBR"), ("The Elysee", "FRA"),
                                      ("The Bundeswehr", "DEU"), ("The Carabinieri", "ITA"), ("Mossad", "ISR"),
                                      ("The Knesset", "ISR"), ("The Tatmadaw", "MMR")])
def test_seats_of_government_legislatures_and_forces_known_by_their_own_name(coder, name, iso):
    r = code(coder, f"{name} said on Tuesday that the talks in Nairobi had failed.", title="Talks fail")
    assert actor(r, name.removeprefix("The ")).country == iso


def test_unnamed_spokesman_of_a_listed_body_is_that_body(coder):
    r = code(coder, "A Kremlin spokesman said on Monday that the talks in Geneva would go ahead.", title="Talks")
    kremlin = actor(r, "Kremlin")
    assert kremlin.country == "RUS" and kremlin.kind == "organization"
    assert any(r.article.text[s:e] == "Kremlin spokesman" for s, e in kremlin.mentions)


def test_platforms_and_collective_nouns_are_actors_of_their_country(coder):
    r = code(coder, "Two Italian frigates and a Greek submarine joined the exercise on Monday, while dozens of "
                    "schoolchildren watched from the harbour.", title="Naval exercise")
    assert actor(r, "Italian frigates").country == "ITA"
    assert actor(r, "Greek submarine").country == "GRC"
    assert "EDU" in actor(r, "schoolchildren").sectors


def test_portfolio_minister_and_counterpart_carry_a_title(coder):
    r = code(coder, "Peruvian Trade Minister Lucia Paredes met her Chilean counterpart in Lima on Monday.",
             title="Trade talks")
    paredes = actor(r, "Lucia Paredes")
    assert paredes.country == "PER" and paredes.sectors[0] == "GOV"
    assert actor(r, "Chilean counterpart").country == "CHL"


def test_portfolio_word_tagged_as_a_body_is_part_of_the_title(coder):
    r = code(coder, "Iranian Foreign Minister Abbas Rahimi held talks in Muscat on Monday.", title="Talks")
    rahimi = actor(r, "Abbas Rahimi")
    assert rahimi.country == "IRN" and rahimi.sectors[:1] == ("GOV",)
    assert not any(a.name == "Foreign" for a in r.actors)


def test_country_in_a_for_phrase_is_the_remit_not_the_owner(coder):
    r = code(coder, "The African Union's special envoy for the Ethiopia-Eritrea talks, Amina Diallo, said progress "
                    "was slow.", title="Talks")
    diallo = actor(r, "Amina Diallo")
    assert diallo.country == "IGO" and "LAB" not in diallo.sectors


def test_name_in_apposition_after_a_role_with_an_of_phrase_is_that_role(coder):
    r = code(coder, "The Anglican bishop of Garissa, Peter Otieno, urged the county government to act.")
    otieno = actor(r, "Peter Otieno")
    assert "REL" in otieno.sectors
    assert any("bishop" in d for d in (otieno.description or "").split("; "))


def test_the_charity_after_a_named_charity_is_that_body(coder):
    r = code(coder, "KANO, March 3 - Floods destroyed hundreds of homes, according to a local charity. "
                    "Save the Children said two of its schools were flooded. "
                    "The charity called for emergency funding from the government.")
    stc = actor(r, "Save the Children")
    body = r.article.text
    assert "charity" in [body[s:e] for s, e in stc.mentions]


def test_role_phrase_is_coded_by_its_head_not_its_of_phrase(coder):
    r = code(coder, "QUITO, May 9 - Peru's government recalled its ambassador on Friday. In a televised statement, "
                    "the government of President Ana Villca accused Ecuador of meddling.")
    gov = actor(r, "Peru's government")
    body = r.article.text
    assert gov.country == "PER"
    assert any(body[s:e].startswith("government of") or body[s:e] == "government" for s, e in gov.mentions[1:])


def test_surname_taken_for_an_organisation_stays_the_person(coder):
    r = code(coder, "The Solomon Islands signed a policing pact in Honiara on Monday.\n\nPolice Minister Henry Tosika "
                    "and Chinese Deputy Minister Li Wen signed the deal at a ceremony attended by Prime Minister Peter "
                    "Tanangada. Li also handed over 20 police vehicles donated by Beijing.\n\nTanangada said the agreement "
                    "was \"not a security treaty\" and that his government would not allow China to station troops.",
             title="Solomon Islands signs police pact")
    assert actor(r, "Peter Tanangada").country == "SLB"
    assert actor(r, "government").country == "SLB"   # his (Tanangada's) government, not Li's


def test_official_quoted_after_a_state_denies_speaks_for_that_state(coder):
    r = code(coder, "Ethiopian drones struck a market in Amhara on Sunday, killing 12 people.\n\nEritrea, which "
                    "fought alongside Ethiopian troops in the last war, denied reports that it was arming the rebels. "
                    "\"Asmara does not meddle in the affairs of its neighbours,\" Information Minister Tewolde Habte "
                    "wrote on social media.", title="Ethiopian drone strike kills 12")
    tewolde = actor(r, "Tewolde Habte")
    assert (tewolde.kind, tewolde.country) == ("person", "ERI")


def test_capitalised_words_after_a_personal_title_are_a_name(coder):
    doc = next(iter(coder.parser.parse_many(["Information Minister Kiros Bitew wrote on social media that the "
                                             "Harbour Trade Office had closed."])))
    words = [t.text for t in doc.tokens]
    kiros, office = words.index("Kiros"), words.index("Harbour")
    assert coder.actors._titled_name(doc, kiros, kiros + 2)
    assert not coder.actors._titled_name(doc, office, office + 3)


def test_later_mention_by_a_multiword_surname_is_the_same_person(coder):
    r = code(coder, "Interior Minister Sidi Mohamed Ould Cheikh met the envoy on Monday.\n\n\"We are partners,\" "
                    "Ould Cheikh said after the meeting.", title="Mauritania hosts envoy")
    body = r.article.text
    person = actor(r, "Sidi Mohamed Ould Cheikh")
    assert "Ould Cheikh" in [body[s:e] for s, e in person.mentions]


def test_name_after_a_title_is_a_person_when_the_recogniser_misses_it(coder):
    doc = next(iter(coder.parser.parse_many(["Defence Minister Joaquim Sapeta said the Navy Command had sent two "
                                             "ships to the port."])))
    words = [t.text for t in doc.tokens]
    found = coder.actors._untagged_titled_names(doc, set(), {})
    assert [(words[s], words[e - 1]) for s, e in found] == [("Joaquim", "Sapeta")]


def test_sources_units_and_opposition_lawmakers_are_actors(coder):
    r = code(coder, "Gunmen attacked a police post in the north on Sunday. Military sources said the attackers fled "
                    "towards the border, while opposition lawmakers demanded an inquiry.", title="Kenya police post attacked")
    sources, lawmakers = actor(r, "Military sources"), actor(r, "opposition lawmakers")
    assert sources.sectors[0] == "MIL" and sources.country == "KEN"
    assert set(lawmakers.sectors) >= {"LEG", "OPP"}


def test_backing_state_is_no_owner_of_the_backed_group(coder):
    r = code(coder, "Turkish-backed rebels shelled the town of Manbij in northern Syria on Monday, the Syrian army "
                    "said.", title="Shelling in northern Syria")
    rebels = actor(r, "Turkish-backed rebels")
    assert rebels.country == "SYR"


def test_a_language_named_by_a_country_word_gives_no_state(coder):
    r = code(coder, "Lithuania closed three Polish-language schools in Vilnius on Monday, the education ministry said.",
             title="Schools closed")
    assert actor(r, "Polish-language schools").country == "LTU"


def test_the_last_word_of_an_international_bodys_name_refers_back_to_it(coder):
    r = code(coder, "The International Monetary Fund agreed a loan with Kenya on Monday. The Fund urged the government "
                    "to cut fuel subsidies.", title="Kenya loan")
    assert [a.country for a in r.actors if a.name == "Fund"] == ["IGO"]
    r = code(coder, "Kenya's president opened a new road on Monday. The Fund said it would pay for two more.",
             title="Kenya roads")
    assert "IGO" not in [a.country for a in r.actors if a.name == "Fund"]


def test_ministry_in_a_capital_belongs_to_that_state_but_an_embassy_does_not(coder):
    r = code(coder, "Thai troops returned fire after shells landed near a village in Sisaket province on Monday, the Thai "
                    "army said. The foreign ministry in Phnom Penh said Cambodian forces had only responded. The "
                    "embassy in Bangkok declined to comment.", title="Thailand protests border shelling")
    assert actor(r, "foreign ministry").country == "KHM"
    assert actor(r, "embassy").country != "THA"


def test_a_capital_standing_for_its_state_is_that_states_actor(coder):
    r = code(coder, "Hungary blocked the aid package on Monday. Budapest called the plan \"unworkable\" and said it "
                    "would not change its position.", title="Hungary blocks aid")
    hungary = actor(r, "Hungary")
    assert actor(r, "Budapest") is hungary
    assert [q.speaker for q in r.quotes] and all(q.speaker == hungary.id for q in r.quotes)


def test_a_former_capital_that_still_seats_the_government_stands_for_its_state(coder):
    r = code(coder, "On Monday the African Union asked Kigali and Bujumbura to reopen their talks.", title="AU urges talks")
    assert actor(r, "Bujumbura").country == "BDI"


def test_a_state_acting_is_coded_as_its_government(coder):
    r = code(coder, "Chile recalled its ambassador from Lima on Monday after Peru expelled two Chilean diplomats.",
             title="Chile recalls ambassador")
    assert actor(r, "Chile").sectors == ("GOV",)
    assert actor(r, "Peru").sectors == ("GOV",)


def test_general_international_bodies_keep_their_listed_empty_sectors(coder):
    r = code(coder, "The European Union condemned the arrests in Minsk on Monday. Human Rights Watch said they were "
                    "arbitrary, and the European Commission said it would review its aid.", title="Belarus arrests condemned")
    assert actor(r, "European Union").sectors == ()        # no trade union, no government
    assert actor(r, "Human Rights Watch").sectors == ()
    assert actor(r, "European Commission").sectors == ("GOV",)


def test_interior_minister_is_government_and_defence_ministry_also_military(coder):
    r = code(coder, "Interior Minister Rosa Salinas visited the border town of Arica on Monday. The defence ministry "
                    "said troops would stay there.", title="Chile ministers visit border")
    assert actor(r, "Rosa Salinas").sectors == ("GOV",)
    assert set(actor(r, "defence ministry").sectors) == {"GOV", "MIL"}


def test_us_treasury_and_its_sanctions_office_are_american_in_a_foreign_story(coder):
    r = code(coder, "ASUNCION - The United States on Monday imposed sanctions on Paraguay's former defence minister. "
                    "The Treasury Department's Office of Foreign Assets Control (OFAC) said it had frozen his U.S. "
                    "assets. The Treasury also barred banks from dealing with him. Paraguay's government condemned "
                    "the move.", title="US sanctions Paraguayan ex-minister")
    assert actor(r, "Treasury Department's").country == "USA"
    treasury = actor(r, "Treasury")
    assert treasury.country == "USA" and "Treasury" in [r.article.text[s:e] for s, e in treasury.mentions]


def test_bare_armed_nouns_stand_for_the_one_foreign_armed_group_named(coder):
    r = code(coder, "LOME - Islamist militants killed nine soldiers at a border post in northern Togo, the army said on "
                    "Tuesday. Dozens of gunmen on motorcycles stormed the post before dawn. Jama'at Nusrat al-Islam "
                    "wal-Muslimin (JNIM) claimed responsibility. In a separate incident, suspected militants "
                    "abducted a teacher near Dapaong.", title="Militants kill soldiers in Togo")
    jnim = actor(r, "JNIM")
    forms = [r.article.text[s:e] for s, e in jnim.mentions]
    assert jnim.country == "MLI" and "Islamist militants" in forms and "gunmen" in forms
    assert actor(r, "suspected militants") is not jnim     # not identified


def test_bare_armed_nouns_are_not_joined_when_two_armed_groups_are_named(coder):
    r = code(coder, "LOME - Islamist militants killed nine soldiers in northern Togo on Tuesday. Officials blamed "
                    "Jama'at Nusrat al-Islam wal-Muslimin, while the Islamic State West Africa Province also "
                    "claimed the attack.", title="Militants kill soldiers in Togo")
    assert "militants" not in [r.article.text[s:e] for s, e in actor(r, "Jama'at Nusrat al-Islam wal-Muslimin").mentions]


def test_listed_transnational_armed_group_has_no_country(coder):
    r = code(coder, "LOME - Militants killed nine soldiers in northern Togo on Tuesday. The army blamed Al Qaeda "
                    "for the attack.", title="Militants kill soldiers in Togo")
    assert actor(r, "Al Qaeda").country is None


def test_the_commission_and_its_spokesperson_are_the_european_commission_named_before(coder):
    r = code(coder, "BRUSSELS - The European Commission on Monday froze funds for Portugal. The Commission also opened "
                    "a procedure against Lisbon. A Commission spokesperson said talks would go on.",
             title="EU freezes funds for Portugal")
    forms = [r.article.text[s:e] for s, e in actor(r, "European Commission").mentions]
    assert forms.count("Commission") == 2
    assert all(a.country == "EUR" for a in r.actors if "Commission" in a.name)


def test_gunmen_stand_for_the_foreign_based_group_whose_fighters_are_blamed(coder):
    r = code(coder, "ACCRA - Gunmen on motorcycles stormed a police post in northern Ghana on Saturday, officials said. "
                    "Security sources blamed fighters from the Mali-based Harakat al-Fath for the raid.",
             title="Gunmen attack Ghana police post")
    group = actor(r, "Harakat al-Fath")
    assert group.country == "MLI" and "Gunmen" in [r.article.text[s:e] for s, e in group.mentions]


def test_a_states_own_allies_are_not_the_alliance(coder):
    r = code(coder, "RIGA - Latvia's prime minister said on Monday that Latvia and its allies would hold talks at NATO "
                    "headquarters.", title="Latvia seeks talks")
    assert actor(r, "allies").name != "NATO"


def test_name_of_a_site_is_not_an_actor_and_the_company_is_the_one_named_far_back(coder):
    r = code(coder, "NIAMEY - Niger's military government said on Wednesday it had taken control of a uranium mine run by "
                    "French nuclear fuel group Atlas Uranium Corp. Soldiers occupied the offices of the Tamgak mine on "
                    "Tuesday, according to two employees. The manager was taken to the capital. His family said he "
                    "had not been charged. The junta's spokesman accused the company of plundering the country.",
             title="Niger seizes uranium mine")
    assert not any(a.name == "Tamgak" for a in r.actors)
    forms = [r.article.text[s:e] for s, e in actor(r, "Atlas Uranium Corp.").mentions]
    assert "company" in forms


def test_town_named_after_of_or_near_is_no_actor(coder):
    r = code(coder, "A Turkish drone struck a car in the town of Tel Tamer on Monday, killing two fighters, the Syrian "
                    "Democratic Forces said.", title="Drone strike")
    assert not any("Tel Tamer" in a.name for a in r.actors)


def test_ministry_after_a_sentence_opened_by_a_state_the_parser_skipped_is_that_states(coder):
    r = code(coder, "YEREVAN - Armenia accused Azerbaijan on Monday of shelling villages in Armenia's Syunik province, "
                    "and Armenia's foreign ministry summoned the Azerbaijani envoy. Azerbaijan regards the road "
                    "through the province as its own corridor. At its weekly briefing, the Defence Ministry said "
                    "its troops would launch a new operation.", title="Armenia accuses Azerbaijan of shelling")
    assert actor(r, "Defence Ministry").country == "AZE"


# -- actors and their countries: one story each, the actors and the countries they must get -----------------

ACTOR_CASES = [
    pytest.param(
        ("Zambia and Congo agreed on Friday to reopen the border post. Congo's customs agency had imposed new levies "
         "on trucks, and the Republic of Congo offered to mediate."),
        "Officials meet as tensions rise",
        {"Congo's customs agency": "COD", "Republic of Congo": "COG"},
        id="bare_congo_is_the_democratic_republic_and_the_republic_is_named_in_full",
    ),
    pytest.param(
        "Iraqi Kurds protested in Erbil on Friday against Turkish air strikes in the mountains.",
        "Officials meet as tensions rise",
        {"Iraqi Kurds": "IRQ"},
        id="ethnic_group_in_another_state_takes_the_state_named_first",
    ),
    pytest.param(
        ("Police in Nairobi raided the offices of Harbor Freight Lines, a Rotterdam-based shipping company, "
         "on Tuesday, Kenyan officials said."),
        "Officials meet as tensions rise",
        {"Harbor Freight Lines": "NLD"},
        id="based_company_is_coded_to_its_base_not_the_story",
    ),
    pytest.param(
        ("Turkey said on Monday it would extend its operation. The Defence Ministry said drones had hit "
         "several targets near the Syrian town of Qamishli."),
        "Turkish drones strike north Syria",
        {"Defence Ministry": "TUR"},
        id="bare_ministry_refers_back_to_its_state",
    ),
    pytest.param(
        "The U.N. Security Council and the African Union called for a ceasefire in Sudan.",
        "Officials meet as tensions rise",
        {"U.N. Security Council": "UNO", "African Union": "IGO"},
        id="listed_international_bodies",
    ),
    pytest.param(
        ("Sudanese officials in Khartoum said Meridian Logistics, a firm headquartered in Istanbul, had "
         "moved the gold. The army accused a charity based in Nairobi of helping the rebels."),
        "Sudan gold inquiry",
        {"Meridian Logistics": "TUR", "charity": "KEN", "army": "SDN"},
        id="body_registered_or_headquartered_abroad_takes_that_country",
    ),
    pytest.param(
        ("The Mongolian government in Ulaanbaatar accused Kazakhstan of blocking trucks. Its spokeswoman, "
         "Oyun Bat, said the drivers had waited for days."),
        "Mongolia trucks row",
        {"Oyun Bat": "MNG"},
        id="possessive_opening_a_sentence_refers_to_the_previous_subject",
    ),
    pytest.param(
        ("Fiji unrest continued in Suva on Monday as Australia deployed 300 soldiers and federal police "
         "officers to the islands. Soldiers cleared a barricade near the port."),
        "Fiji unrest",
        {"soldiers": "AUS", "federal police officers": "AUS"},
        id="forces_sent_by_a_state_are_that_states",
    ),
    pytest.param(
        "Fiji unrest continued in Suva on Monday. Troops deployed by New Zealand guarded the airport.",
        "Fiji unrest",
        {"Troops": "NZL"},
        id="forces_sent_by_a_state_in_the_passive",
    ),
    pytest.param(
        "In Suva, protesters blocked roads. A delegation of officials from Canberra arrived on Friday.",
        "Fiji unrest",
        {"delegation": "AUS"},
        id="people_from_a_capital_come_from_its_state",
    ),
    pytest.param(
        "Hamas said on Sunday it would send a delegation to Cairo for talks.",
        "Gaza talks",
        {"Hamas": "PSE"},
        id="listed_name_matches_even_when_an_acronym_alias_spells_it_in_capitals",
    ),
    pytest.param(
        ("The Security Council met on Friday. Ghana's Supreme National Security Council rejected the "
         "report."),
        "Ghana report",
        {"Security Council": "UNO", "Supreme National Security Council": "GHA"},
        id="a_listed_name_at_the_end_of_a_longer_name_is_not_that_body",
    ),
    pytest.param(
        "The African Union's Peace and Security Council urged both sides to observe the truce.",
        "Truce call",
        {"Peace and Security Council": "IGO"},
        id="security_council_of_a_regional_body_is_not_the_uns",
    ),
    pytest.param(
        "The AU Peace and Security Council urged both sides to observe the truce.",
        "Truce call",
        {"African Union Peace and Security Council": "IGO"},
        id="regional_security_council_by_its_acronym_is_not_the_uns",
    ),
    pytest.param(
        "The Andean Community said the tariff broke its trade rules.",
        "Tariff row",
        {"Andean Community": "IGO"},
        id="a_regional_trade_bloc_is_an_igo",
    ),
    pytest.param(
        "The U.N. nuclear watchdog said its inspectors had been denied access. The IAEA board met in Vienna.",
        "Inspectors barred",
        {"U.N. nuclear watchdog": "IGO", "IAEA": "IGO"},
        id="the_iaea_is_an_igo_not_a_un_agency",
    ),
    pytest.param(
        ("Chilean officials in Santiago said talks had stalled. Papua New Guinea's Bougainville Autonomous "
         "Government rejected the plan. Autonomous government spokesman Peter Kora said the vote must stand."),
        "Talks stall",
        {"Bougainville Autonomous Government": "PNG", "Peter Kora": "PNG"},
        id="title_naming_a_body_links_the_person_to_that_body",
    ),
    pytest.param(
        "Niger state Governor Musa Garba said his administration would not pay a ransom.",
        "Nigeria kidnapping",
        {"Musa Garba": "NGA"},
        id="country_name_opening_a_division_of_another_state_is_that_division",
    ),
    pytest.param(
        ("Chile's ambassador to the international organisations in Vienna, Pedro Alvarez, said the vote "
         "was unfair."),
        "Vote",
        {"Pedro Alvarez": "CHL"},
        id="name_in_apposition_after_a_long_role_phrase_is_that_role",
    ),
    pytest.param(
        ("Chilean police cleared the camp on Monday. Interior Minister Rosa Salinas told reporters in "
         "Lima that the border would stay closed."),
        "Camp cleared",
        {"Rosa Salinas": "PER"},
        id="official_without_a_country_speaking_in_a_capital_is_of_that_state",
    ),
    pytest.param(
        ("KATHMANDU, May 4 - Nepalese police detained 12 traders at the border on Monday. "
         "Bihar Deputy Chief Minister Sunil Prasad said the arrests were unjust. "
         "Figures from the Bihar transport department showed trade had fallen by half."),
        "Officials meet as tensions rise",
        {"Sunil Prasad": "IND", "transport department": "IND"},
        id="office_holder_of_a_division_serves_the_divisions_state",
    ),
    pytest.param(
        ("LIMA, June 2 - Peru closed two border crossings on Monday after clashes with smugglers. "
         "Bolivian President Marta Quiroga said her country would send inspectors to the area. "
         "The foreign ministry said it had summoned the Peruvian ambassador."),
        "Officials meet as tensions rise",
        {"Marta Quiroga": "BOL", "foreign ministry": "BOL"},
        id="bare_ministry_after_a_titled_official_of_another_state_is_that_states",
    ),
    pytest.param(
        ("RABAT, Jan 5 - Morocco closed its border crossings on Sunday. In Madrid, Morocco Affairs Office "
         "spokesman Luis Ortega said the closure was a grave mistake."),
        "Officials meet as tensions rise",
        {"Luis Ortega": "ESP"},
        id="country_naming_a_bodys_remit_is_not_its_owner",
    ),
    pytest.param(
        ("The Chilean Trade Ministry said on Monday that talks had stalled. "
         "Peru's foreign ministry rejected the claim on Tuesday. Ministry spokesman Carlos Rengifo said "
         "Lima had kept every promise. Later, ministry spokesman Luis Quispe said the talks would go on."),
        "Trade talks stall",
        {"Carlos Rengifo": "PER", "Luis Quispe": "PER"},
        id="spokesperson_of_a_ministry_takes_the_latest_ministrys_state",
    ),
    pytest.param(
        ("Trade Minister Hugo Benitez and Brazil's Vice Minister of Finance, Carla Moura, signed the accord "
         "in Asuncion on Monday. Paraguay's president welcomed it."),
        "Paraguay signs trade accord",
        {"Carla Moura": "BRA"},
        id="apposition_after_a_conjunction_names_the_nearest_conjunct",
    ),
    pytest.param(
        ("Eritrea released four prisoners of war on Monday under a deal brokered by Qatar. \"We will not rest "
         "until every soldier is home,\" Foreign Minister Omar Hassan Farah told reporters in Djibouti City."),
        "Qatar brokers prisoner release",
        {"Omar Hassan Farah": "DJI"},
        id="minister_speaking_in_a_capital_with_a_longer_name_is_of_that_state",
    ),
    pytest.param(
        ("North Korea's state media said the launch was a warning to the allies. It accused Washington of "
         "rehearsing a war.\n\nJapan protested through its embassy in Beijing, the channel it uses for "
         "messages to Pyongyang, Chief Cabinet Secretary Yuko Mori told a news conference in Tokyo."),
        "Korea tracks launch",
        {"Yuko Mori": "JPN"},
        id="speaker_the_parser_hangs_elsewhere_still_speaks_where_he_tells_reporters",
    ),
    pytest.param(
        ("Portuguese Foreign Minister Rui Tavares Gomes pledged 50 million euros to Senegal on Monday during "
         "a visit to the Senegalese capital. Tavares met President Amadou Diallo and Interior Minister "
         "Cheikh Ndiaye, and the two governments signed a fisheries accord."),
        "Portugal pledges aid to Senegal",
        {"Rui Tavares Gomes": "PRT", "Amadou Diallo": "SEN", "Cheikh Ndiaye": "SEN"},
        id="officials_met_on_a_visit_abroad_are_the_hosts",
    ),
    pytest.param(
        ("Officials in Accra said fighters from the Mali-based Katiba Serma had crossed the border "
         "overnight."),
        "Ghana reinforces northern border",
        {"fighters": "MLI"},
        id="fighters_from_a_based_group_belong_to_the_group",
    ),
    pytest.param(
        ("Kosovo police took over two municipal offices in the north on Friday. Local Serb leaders said "
         "the raids were illegal, while Serbian President Milan Draskovic called them a provocation."),
        "Kosovo police take over offices",
        {"Local Serb leaders": "XKX", "Milan Draskovic": "SRB"},
        id="serb_is_an_ethnic_noun_not_serbias_demonym",
    ),
    pytest.param(
        ("Lithuanian guards fired warning shots at the frontier on Monday. Belarusian state media, citing the "
         "country's border committee, said the guards had crossed the line."),
        "Lithuania border incident",
        {"country's border committee": "BLR"},
        id="the_countrys_body_belongs_to_the_state_named_just_before",
    ),
    pytest.param(
        ("Poland blocked the European Union's new sanctions package on Tuesday. The bloc's trade chief said "
         "member states could still act on their own."),
        "Poland blocks EU sanctions",
        {"member states": "EUR"},
        id="member_states_belong_to_the_bloc_named_before",
    ),
    pytest.param(
        "The European Union and Human Rights Watch condemned the arrests in Minsk on Monday.",
        "Belarus arrests condemned",
        {"Human Rights Watch": "NGO", "European Union": "EUR"},
        id="two_listed_bodies_joined_by_and_are_both_found",
    ),
    pytest.param(
        ("TAIPEI - Taiwan's coast guard shadowed four ships near Taiwan's Kinmen islands on Monday, Taipei "
         "said. In Beijing, Macau Affairs Office spokesman Li Wei said the patrols were routine."),
        "Taiwan says it tracked ships near Kinmen",
        {"Macau Affairs Office": "CHN"},
        id="body_named_in_a_spokesmans_title_takes_the_place_framing_the_clause",
    ),
    pytest.param(
        ("SARAJEVO - EUFOR said on Monday it would send reserve troops to northern Bosnia. In Pristina, "
         "KFOR said its patrols near the border had been stepped up."),
        "Peacekeepers reinforce",
        {"EUFOR": "EUR", "KFOR": "IGO"},
        id="eu_and_nato_forces_in_the_balkans_are_their_blocs_not_the_host_state",
    ),
    pytest.param(
        ("TOKYO - Russian border guards detained a Japanese fishing boat on Monday, Japan said. The FSB said "
         "the crew would be questioned by investigators in Kaliningrad."),
        "Russia detains Japanese crew",
        {"investigators": "RUS"},
        id="bare_body_doing_the_act_a_foreign_state_body_reports_is_that_states",
    ),
    pytest.param(
        ("QUITO - Washington revoked the visas of six prosecutors on Monday, the State Department said. "
         "Ecuador's government called the decision an insult."),
        "US revokes visas of Ecuador prosecutors",
        {"prosecutors": "ECU"},
        id="bare_body_that_is_the_object_of_a_reported_act_keeps_the_storys_country",
    ),
    pytest.param(
        ("RIGA - Two Russian jets violated Latvian airspace on Monday, the armed forces said. Latvia's prime "
         "minister said the government would ask allies for consultations under Article 4 of NATO's "
         "founding treaty."),
        "Latvia protests airspace violation",
        {"allies": "IGO"},
        id="bare_allies_next_to_a_named_alliance_are_that_alliance",
    ),
    pytest.param(
        ("LOME - Rights groups have accused Togolese soldiers of abuses against herders in the north. "
         "A Togolese rights group said the army had detained 30 herders."),
        "Togo troops accused",
        {"Rights groups": "NGO", "Togolese rights group": "TGO"},
        id="rights_groups_with_no_nationality_are_international_ngos",
    ),
    pytest.param(
        ("NEW DELHI - About 200 People's Liberation Army soldiers approached an Indian post in Ladakh early "
         "Wednesday, Indian officials said."),
        "Troops face off on border",
        {"People's Liberation Army": "CHN"},
        id="listed_name_beginning_with_a_possessive_word_is_found",
    ),
]


@pytest.mark.parametrize("body, title, expected", ACTOR_CASES)
def test_actor_cases(coder, body, title, expected):
    r = code(coder, body, title=title)
    assert {name: actor(r, name).country for name in expected} == expected


def test_a_states_own_security_council_is_not_the_uns(coder):
    r = code(coder, "The Security Council met in New York on Friday. Sergio Vidal, deputy head of Chile's Security "
                    "Council, rejected the report.", title="Chile report")
    assert sorted(a.country for a in r.actors if a.name.endswith("Security Council")) == ["CHL", "UNO"]
    assert actor(r, "Sergio Vidal").country == "CHL"


def test_a_bare_office_takes_the_state_that_was_the_subject_just_before(coder):
    r = code(coder, "Malawian police impounded forty Zambian lorries near Mchinji on Monday. Malawi's president "
                    "defended the move. Zambia's Foreign Ministry condemned the seizure. The foreign minister "
                    "demanded that Lilongwe release the lorries.", title="Lorries impounded")
    assert actor(r, "foreign minister").country == "ZMB"


def test_a_bare_office_does_not_break_the_link_to_its_earlier_mention(coder):
    r = code(coder, "Moldova ordered a Russian diplomat to leave on Friday. The diplomat was declared persona non "
                    "grata, the foreign ministry said.", title="Moldova expels diplomat")
    assert actor(r, "diplomat").country == "RUS"


def test_a_capital_named_as_a_division_gives_no_country(coder):
    r = code(coder, "Honduran police said on Tuesday that officers in the departments of Santiago and Olancho had "
                    "arrested forty gang members.", title="Honduras arrests")
    assert "CHL" not in {a.country for a in r.actors}


def test_a_king_given_a_republics_country_reigns_over_the_kingdom_of_the_story(coder):
    r = code(coder, "Jordan and Syria have quarrelled over smuggling for years. On Friday, the emir of Kuwait spoke "
                    "by telephone with King Abdullah II and Syrian President Ahmed al-Sharaa.", title="Gulf mediation")
    assert actor(r, "King Abdullah II").country == "JOR"
    assert actor(r, "Ahmed al-Sharaa").country == "SYR"


def test_a_king_with_his_country_named_keeps_it(coder):
    r = code(coder, "Morocco and Spain signed a fisheries deal. Jordan's King Abdullah II welcomed it.", title="Deal")
    assert actor(r, "Abdullah II").country == "JOR"


def test_a_rights_group_based_abroad_is_an_international_ngo(coder):
    r = code(coder, "YAOUNDE - Cameroonian soldiers burned homes in two villages near Bamenda last week, residents "
                    "said. The Geneva-based rights group Sentinel Africa accused the army of collective punishment. "
                    "The Paris-based Central Africa Press Freedom Network condemned the arrest of a reporter.",
             title="Cameroon army accused")
    assert actor(r, "Sentinel Africa").country == "NGO"
    assert actor(r, "Central Africa Press Freedom Network").country == "NGO"


def test_a_rights_group_based_in_the_story_country_keeps_it(coder):
    r = code(coder, "NAIROBI - Kenyan police detained forty protesters in Nairobi on Tuesday. The Nairobi-based rights "
                    "group Haki Sasa said several had been beaten.", title="Kenya protest arrests")
    assert actor(r, "Haki Sasa").country == "KEN"


def test_the_board_after_the_board_of_governors_of_a_body_is_that_board(coder):
    r = code(coder, "GENEVA - Syria said on Monday it would expel two inspectors after the board of governors of the "
                    "Organisation for the Prohibition of Chemical Weapons passed a resolution criticising Damascus. "
                    "Syrian officials called the vote political. A French foreign ministry spokesman welcomed the "
                    "board's decision.", title="Syria to expel inspectors")
    boards = [a for a in r.actors if a.name.lower().startswith("board")]
    assert len(boards) == 1 and boards[0].country != "SYR", [(a.name, a.country) for a in r.actors]


def test_the_government_urged_in_a_clause_framed_by_a_capital_is_that_capitals(coder):
    r = code(coder, "Mexico suspended its water treaty with the United States on Monday. Mexican officials said the "
                    "drought left no choice. In Washington, Senator Ann Reyes urged the administration to suspend "
                    "trade talks with Mexico.", title="Mexico suspends water treaty")
    assert actor(r, "administration").country == "USA"


def test_a_possessor_before_a_persons_title_is_their_state_in_a_coordination(coder):
    r = code(coder, "The talks were held between Kenyan President William Ruto and Ethiopia's Prime Minister "
                    "Abiy Ahmed.")
    assert actor(r, "William Ruto").country == "KEN"
    assert actor(r, "Abiy Ahmed").country == "ETH"


def test_an_acronym_set_beside_a_body_names_that_body_wherever_it_recurs(coder):
    r = code(coder, "Uganda's government rejected the allegation and accused Kenya's revenue authority, the KRA, "
                    "of imposing illegal levies. A spokesman for the KRA, John Otieno, denied the charge.")
    kra = actor(r, "KRA")
    assert (kra.kind, kra.country) == ("organization", "KEN")
    assert actor(r, "John Otieno").country == "KEN"


def test_a_government_owned_by_a_named_leader_is_not_another_government(coder):
    r = code(coder, "The Serbian government protested. Milos Petrovic, who heads the Serbian government's office, "
                    "accused Prime Minister Albin Kurti's government of lying.")
    body = r.article.text
    serbian = actor(r, "Serbian government")
    assert not any(body[s:e] == "government" and s > body.index("Kurti") for s, e in serbian.mentions)


def test_definite_armed_group_is_the_group_named_before_not_a_place_in_its_clause(coder):
    r = code(coder, "KAMPALA (Reuters) - Uganda reinforced its western border on Friday after clashes between M23 and "
                    "Congolese troops near Bunagana. The rebel group, which has controlled the frontier area since it "
                    "captured a hill near Kisoro in Uganda two years ago, denied attacking civilians and blamed the army.",
             title="Uganda reinforces border")
    m23 = actor(r, "M23")
    body = r.article.text
    assert "rebel group" in [body[s:e] for s, e in m23.mentions] and m23.country == "COD"
    # "the army", named with no country after Congolese troops: the Congolese army, not the dateline's
    assert actor(r, "army").country == "COD"


def test_the_militants_are_the_latest_armed_group_named(coder):
    r = code(coder, "Nigerian troops killed 15 members of Boko Haram in Borno state on Monday, the army said. In a separate "
                    "attack, fighters from the Macina Liberation Front raided a village near the border with Mali. "
                    "The militants burned dozens of homes.", title="Raids in Nigeria")
    front = actor(r, "Macina Liberation Front")
    body = r.article.text
    assert "militants" in [body[s:e] for s, e in front.mentions]
    assert "militants" not in [body[s:e] for s, e in actor(r, "Boko Haram").mentions]


def test_a_possessor_before_the_title_of_a_name_the_recogniser_cut_short(coder):
    r = code(coder, "The accord followed talks between Zambia's Energy Minister Peter Banda and Angola's Foreign Trade "
                    "Minister Jean-Luc Mbala Kasongo in the Zambian town of Kitwe, where both delegations met. Mbala "
                    "said Luanda would honour the deal.")
    kasongo = actor(r, "Jean-Luc Mbala Kasongo")
    assert kasongo.country == "AGO"
    assert "Mbala" in [r.article.text[s:e] for s, e in kasongo.mentions]


def test_a_hyphenated_surname_told_alone_is_the_person_named_before(coder):
    # the recogniser may keep only the last piece of a hyphenated surname ("Aime" of "Fils-Aime")
    r = code(coder, "PORT-AU-PRINCE, June 3 (AP) - Prime Minister Jean Robert Fils-Aime met police chiefs on Monday. "
                    "Fils-Aime said the government would ask Kenya for more officers.")
    names = [a.name for a in r.actors if a.kind == "person"]
    assert names == ["Jean Robert Fils-Aime"], names


@pytest.mark.parametrize("text, countries", [
    # a person serves the body he heads, not the place it deals with
    ("Montenegrin police raided a Serbian-run school in the town of Pljevlja on Monday, Montenegro's interior ministry "
     "said. Serbia's Foreign Ministry condemned the raid. Goran Ilic, who heads the Serbian government's Office for "
     "Montenegro, accused Montenegro's government of harassment.", {"Goran Ilic": "SRB"}),
    # forces in a state official's statement are that state's, not the neighbour's by the border
    ("Montenegrin police raided a Serbian-run school in Pljevlja on Monday, Montenegro's interior ministry said. "
     "Serbian President Marko Petrovic said army units stationed near the border with Montenegro had been put on alert.",
     {"army units": "SRB"}),
    # an ambassador named after the summons is the summoned state's envoy
    ("Ghana summoned Togo's ambassador on Monday over the shooting of two fishermen. Deputy Foreign Minister Kwame "
     "Asante handed Ambassador Koffi Agbo a protest note, the ministry said.", {"Koffi Agbo": "TGO", "Kwame Asante": "GHA"}),
    # a state broadcaster carrying a government's statement is that state's
    ("Mauritanian herders said soldiers from Mali had killed six of them near the village of Adel Bagrou, Mauritania's "
     "interior ministry said. Mali's transitional government, in a statement read on state broadcaster RTM, denied "
     "that its army had been involved.", {"state broadcaster": "MLI"}),
])
def test_the_country_a_person_or_body_serves(coder, text, countries):
    r = code(coder, text)
    assert {name: actor(r, name).country for name in countries} == countries


def test_bare_office_is_not_its_former_holder(coder):
    text = ("Sierra Leone's opposition boycotted parliament on Monday. A mediation team led by a former Ghanaian "
            "president arrived in Freetown on Thursday and met with the president. The president called for calm.")
    record = coder.code_text(text)
    text = record.article.text
    last = text.rindex("president")
    actor = next(a for a in record.actors if any(s <= last < e for s, e in a.mentions))
    assert actor.country == "SLE"


# -- listed political figures (data/people.tsv) ------------------------------------------------------

def test_listed_figure_takes_the_listed_country_when_the_text_gives_none(coder):
    r = code(coder, "Sweden closed its embassy in Kyiv for a day. Speaking in Geneva, Foreign Minister Sergei Lavrov "
                    "said Moscow would answer any new sanctions.", title="Embassy closed")
    lavrov = actor(r, "Sergei Lavrov")
    assert lavrov.country == "RUS" and lavrov.sectors[0] == "GOV"


def test_listed_figure_in_a_story_about_another_state_is_not_the_hosts(coder):
    r = code(coder, "Thailand sealed three border checkpoints on Monday. Hun Manet told a rally in Siem Reap that "
                    "his government would complain to the United Nations.", title="Border tension")
    assert actor(r, "Hun Manet").country == "KHM"


def test_listed_figure_gets_its_office_as_description_and_sectors_when_the_text_gives_none(coder):
    r = code(coder, "Ukraine said a drone struck a depot overnight. Putin met Xi Jinping on Tuesday.",
             title="Drone strike")
    putin, xi = actor(r, "Putin"), actor(r, "Xi Jinping")
    assert (putin.country, xi.country) == ("RUS", "CHN")
    assert putin.sectors == ("GOV",) and "Russia" in (putin.description or "")


def test_spelling_variant_and_name_the_recogniser_misses(coder):
    r = code(coder, "Officials in Port Sudan said talks with Hemedti had failed. Péter Szijjártó urged restraint.",
             title="Talks fail")
    assert actor(r, "Hemedti").country == "SDN"
    assert actor(r, "Péter Szijjártó").country == "HUN"


def test_the_texts_own_country_word_wins_over_the_list(coder):
    # a namesake of a listed figure introduced with a country word is the text's, not the list's
    r = code(coder, "Zambian Foreign Minister Abiy Ahmed met traders in Lusaka on Friday.", title="Trade talks")
    assert actor(r, "Abiy Ahmed").country == "ZMB"


def test_surname_linked_to_an_unlisted_full_name_keeps_that_persons_country(coder):
    r = code(coder, "Latvian teacher Anna Putin said she had been detained in Riga. Putin was released on Monday.",
             title="Teacher freed")
    assert actor(r, "Anna Putin").country == "LVA"
    assert not any(a.country == "RUS" for a in r.actors)


@pytest.mark.parametrize("body,who,expected", [
    ("The European Union's envoy for the Sahel, former Senegalese prime minister Awa Ndiaye, arrived in Bamako "
     "on Tuesday.", "Awa Ndiaye", "EUR"),
    ("The UN special envoy for Yemen, Swedish diplomat Lars Berglund, met rebel leaders in Sanaa.",
     "Lars Berglund", "UNO"),
    ("NATO spokeswoman Ingrid Halvorsen, a Norwegian, said allies would meet on Friday.", "Ingrid Halvorsen", "IGO"),
    ("EU foreign policy chief Karin Lindqvist, a former Swedish foreign minister, condemned the attack.",
     "Karin Lindqvist", "EUR"),
    ("The head of the U.N. mission in Darfur, Hans Olafsen, a Danish diplomat, said the talks had failed.",
     "Hans Olafsen", "UNO"),
    ("Colonel Petra Obuya, the Zambian army officer who heads the Multinational Stabilisation Mission, said 200 "
     "soldiers had arrived.", "Petra Obuya", "IGO"),
    ("A mediation team from the Southern African Development Community, led by a former Malawian president, "
     "arrived in Lilongwe on Thursday.", "former Malawian president", "IGO"),
])
def test_a_post_in_an_international_body_gives_the_bodys_code(coder, body, who, expected):
    assert actor(code(coder, body), who).country == expected


@pytest.mark.parametrize("body,who,expected", [
    # a former post, or a state's own office held now, keeps the person's state
    ("A former Liberian president, Amos Kpelle, criticised the government in Monrovia.", "Amos Kpelle", "LBR"),
    ("Kofi Mensah, a former UN envoy and Ghanaian diplomat, criticised the plan.", "Kofi Mensah", "GHA"),
    ("Zambian President Moses Banda, the AU's mediator for the region, offered to host a summit.",
     "Moses Banda", "ZMB"),
    ("Russia's UN ambassador Igor Petrov rejected the draft resolution.", "Igor Petrov", "RUS"),
])
def test_a_former_or_national_post_keeps_the_persons_state(coder, body, who, expected):
    assert actor(code(coder, body), who).country == expected


def test_a_mission_led_by_one_state_is_multinational(coder):
    r = code(coder, "Gunmen attacked the town as the Zambian-led security mission rushed reinforcements to the area.")
    assert actor(r, "security mission").country == "IGO"


def test_a_coalition_led_by_one_state_is_that_states(coder):
    # "the X-led coalition" wages the leading state's war; a "mission" or "force" stays multinational (above)
    r = code(coder, "Nigerian jets bombed rebel depots near the border, according to the Nigerian-led coalition. "
                    "The coalition rejected reports that it had hit a market.", title="Coalition strikes depots")
    a = actor(r, "Nigerian-led coalition")
    assert a.country == "NGA", a.country


def test_a_compound_role_noun_is_not_another_body_with_the_same_head(coder):
    # "the customs office" is not the "trade liaison office" named before it, only because both are offices
    r = code(coder, "Police closed a customs office in the border town on Friday. The foreign minister handed a note "
                    "to the German trade liaison office in the capital. Hundreds of traders later rallied outside "
                    "the closed customs office.", title="Border office closed")
    body = r.article.text
    liaison = actor(r, "trade liaison office")
    assert not any(body[s:e].endswith("closed customs office") for s, e in liaison.mentions), liaison.mentions


def test_a_state_body_named_with_its_seat_keeps_the_seat_in_its_mention(coder):
    r = code(coder, "The French Embassy in Dakar called the verdict \"deeply troubling.\" "
                    "Separately, the foreign ministry in Accra said it was studying the ruling.")
    body = r.article.text
    embassy = actor(r, "French Embassy in Dakar")
    assert embassy.country == "FRA"     # an embassy is its sender's, not the capital's
    assert "French Embassy in Dakar" in [body[s:e] for s, e in embassy.mentions]
    ministry = actor(r, "foreign ministry in Accra")
    assert ministry.country == "GHA"
    r = code(coder, "The military administration in Bamako said the talks had failed.")
    assert any(r.article.text[s:e].endswith("administration in Bamako") for a in r.actors for s, e in a.mentions)
    # police are not a seated state body: "in Dakar" stays a place
    r = code(coder, "Police in Dakar detained three reporters on Friday.")
    assert all(r.article.text[s:e] != "Police in Dakar" for a in r.actors for s, e in a.mentions)


def test_secretary_of_state_is_one_title(coder):
    r = code(coder, "The U.S. secretary of state praised Kenya as \"a reliable partner\" during a visit to Nairobi.")
    sec = actor(r, "U.S. secretary of state")
    assert sec.kind == "person" and sec.country == "USA"
    r = code(coder, "The secretary of the state council met farmers in Hanoi.")
    assert all(r.article.text[s:e] != "secretary of the state" for a in r.actors for s, e in a.mentions)


def test_a_mission_named_with_the_body_it_is_sent_to(coder):
    r = code(coder, "Chile's mission to the United Nations filed a complaint on Monday.")
    mission = actor(r, "Chile's mission to the United Nations")
    assert mission.country == "CHL"
    assert any(a.name == "United Nations" and a is not mission for a in r.actors)


def test_an_untagged_name_after_a_persons_role_is_a_person(coder):
    r = code(coder, "The court banned the party on Monday. Government spokesman Pen Rathana accused the party "
                    "leaders of plotting unrest.")
    assert actor(r, "Pen Rathana").kind == "person"


def test_owned_government_does_not_absorb_the_bare_home_one(coder):
    # a bare "the government" of the home state is not the bloc's "heads of government of X" named later
    r = code(coder, "Gunmen burned a clinic in the northern Bolivian town of Korvo, and their commander vowed to hunt "
                    "down the government's soldiers.\n\nMeeting on Monday, heads of government of the Andean "
                    "Community pledged money to a fund that pays for the mission.",
             title="Bolivia: gunmen burn clinic in Korvo")
    body = r.article.text
    first = body.index("government")
    home = next(a for a in r.actors if any(s == first for s, e in a.mentions))
    assert home.country == "BOL"
    assert actor(r, "government's soldiers").country == "BOL"


def test_bloc_possessive_office_holders_are_the_blocs(coder):
    # "the bloc's heads of government" after a named bloc: one group of the bloc, not a member state's government
    r = code(coder, "The Caribbean Community said on Tuesday that unrest in Port-au-Prince was worsening. The bloc's "
                    "heads of government would hold an emergency meeting on Friday, officials in Kingston said.",
             title="Caribbean bloc to meet on Haiti")
    heads = actor(r, "heads of government")
    assert heads.country == "IGO" and heads.kind == "group" and "GOV" in heads.sectors
    r = code(coder, "The Economic Community of West African States warned Niger's junta on Monday. The bloc's "
                    "leaders agreed to impose sanctions on the country.", title="West African bloc warns junta")
    assert actor(r, "bloc's leaders").country == "IGO"


def test_bare_government_follows_the_state_body_named_in_the_sentence_before(coder):
    # the sentence before names one state's body (not as its subject): "the government" that answers is that state's;
    # a later bare "the government" in a clause of the home country is not joined to it, nor is a named regional one
    r = code(coder, "Portugal and Senegal signed a fisheries accord in Lisbon on Monday, Portuguese officials said. "
                    "Amnesty International said Senegalese police had beaten fishermen in custody. "
                    "The government denied the report.\n\nIn Lisbon, the opposition Socialists accused the government "
                    "of ignoring abuses. The Azores regional government asked for a share of the fees.",
             title="Portugal signs fisheries deal with Senegal")
    body = r.article.text
    denied = body.index("government denied")
    accused = body.index("government", body.index("accused"))
    by_start = {s: a for a in r.actors for s, e in a.mentions}
    assert by_start[denied].country == "SEN"
    assert by_start[accused].country == "PRT" and by_start[accused] is not by_start[denied]
    azores = actor(r, "Azores regional government")
    assert azores is not by_start[accused]


def test_unnamed_people_on_a_countrys_soil_take_that_country(coder):
    r = code(coder, "Estonian border guards fired warning shots at people on Russian soil near Narva.")
    people = [a for a in r.actors if a.name.lower().startswith("people")]
    assert people and people[0].country == "RUS", r.actors


def test_a_title_case_dateline_with_no_agency_counts_for_the_home_country(coder):
    # "Kampala —" opens the story's paragraph with no agency: where the story was filed weighs like a wire dateline
    text = ("Kampala — Uganda on Monday summoned Rwanda's ambassador to protest the expulsion of four Ugandan traders who "
            "had travelled to Kigali to sell coffee.\n\nThe four were detained by Rwandan police at a market in Kigali and "
            "driven to the border, their association said. Rwanda's interior ministry said the traders had broken Rwandan "
            "customs rules. Rwandan officials said Rwanda would not change its rules. Rwanda's president has defended the "
            "rules.")
    doc = next(iter(coder.parser.parse_many([text])))
    assert coder.actors.code_with_home(doc, "Uganda summons Rwandan envoy after traders expelled")[1] == "UGA"
    # a header line ("Lake Region News - Business") is no dateline: it has no sentence
    header = next(iter(coder.parser.parse_many(["Lake Region News - Business\n\nRwanda's president met farmers."])))
    assert coder.actors._plain_dateline(header) == ""


def test_a_bare_army_takes_no_foreign_force_from_another_paragraph(coder):
    r = code(coder, "Niger's junta on Monday ordered two Belgian aid workers to leave the country within 48 hours, state "
                    "television said. The junta accused the aid workers of spying.\n\n"
                    "Relations with Brussels have soured since the coup. The junta expelled Belgian special forces from "
                    "the country in 2024.\n\n"
                    "The expulsions came as the army battled jihadist fighters near Tillaberi, in the west of the country.",
             title="Niger expels two Belgian aid workers")
    assert actor(r, "army").country == "NER"


def test_a_minister_after_a_state_acting_in_a_relative_clause_serves_that_state(coder):
    r = code(coder, "BUJUMBURA, Burundi (AP) — Rebels attacked villages near the capital of Burundi on Sunday, and Burundian "
                    "troops fought them for hours. The rebels withdrew at dawn. The fighting alarmed neighbouring Rwanda, "
                    "which closed its Ruhwa border crossing with Burundi on Monday. Defence Minister Jean Habimana said the "
                    "army had sent 600 more soldiers to the frontier.",
             title="Rebels hit Burundi villages; Rwanda shuts border")
    assert actor(r, "Jean Habimana").country == "RWA"
    assert actor(r, "army").country == "RWA"


def test_a_country_name_of_several_words_weighs_as_its_head_word(coder):
    # "in South Sudan" is a place phrase: the phrase's object is "Sudan", not "South" (a modifier of it)
    text = ("Cattle raiders killed 12 herders in South Sudan on Sunday.\n\nKenya offered to send medical teams, "
            "Kenyan Foreign Minister Amina Waweru said. Kenya has not been asked to send troops.")
    doc = next(iter(coder.parser.parse_many([text])))
    assert coder.actors.code_with_home(doc, "Raiders kill herders")[1] == "SSD"


def test_commissioner_of_a_named_international_commission_is_that_body(coder):
    # a "Commissioner" given no country, in a story naming one international commission, sits on that commission
    r = code(coder, "The European Commission on Tuesday opened a legal case against Portugal over its new fishing "
                    "quotas. \"The rules apply to every member,\" Fisheries Commissioner Lena Varga told reporters. "
                    "Portuguese Fisheries Minister Rui Alves, who met Varga in Brussels last week, said Lisbon would "
                    "defend its fleet.", title="EU sues Portugal over fishing quotas")
    assert actor(r, "Lena Varga").country == "EUR"
    assert actor(r, "Rui Alves").country == "PRT"


def test_a_portfolio_before_a_commissioners_title_is_no_body_of_its_own(coder):
    # "Justice Commissioner X": the recogniser tags the portfolio as an organisation; it is part of the title, and the
    # commissioner, like one with a listed portfolio ("Budget Commissioner"), sits on the commission named before
    r = code(coder, "The European Commission on Wednesday froze funds for Slovakia over a new media law. Justice "
                    "Commissioner Anna Berg said the law undermined press freedom. Budget Commissioner Jan Olsen "
                    "demanded that Bratislava repeal it.", title="EU freezes Slovak funds")
    assert actor(r, "Anna Berg").country == "EUR"
    assert actor(r, "Jan Olsen").country == "EUR"
    assert not [a for a in r.actors if a.name in ("Justice", "Budget")], r.actors


def test_a_body_told_again_by_its_size_is_the_body_named_before(coder):
    # "the 15-member council": the number of members says how big the council is, not which council
    r = code(coder, "Egypt complained to the UN Security Council on Wednesday about Ethiopia's new dam. Foreign "
                    "Minister Badr Abdelatty urged the 15-member council to call on Ethiopia to stop filling it.",
             title="Egypt complains to UN over dam")
    council = actor(r, "United Nations Security Council")
    assert any(r.article.text[m[0]:m[1]].endswith("member council") for m in council.mentions), council
    assert any(e.plover == "REQUEST" and e.source_country == "EGY" and e.target_country == "UNO" for e in r.events), \
        r.events


def test_a_listed_figure_the_recogniser_tags_as_a_body_is_a_person(coder):
    # the given name alone of a listed leader, tagged as an organisation ("X's closest partner"), is still that person
    r = code(coder, "Kenyan President William Ruto, Abiy's closest partner in the region, condemned the attack. "
                    "Abiy hinted he might retaliate. Speaking to troops in Gondar, he threatened to close the border.",
             title="Ethiopia weighs response to attack")
    abiys = [(a.kind, a.country) for a in r.actors if a.name == "Abiy"]
    assert abiys == [("person", "ETH")], abiys


def test_a_role_phrase_opening_a_sentence_keeps_its_whole_name(coder):
    # the tagger takes a capitalised first word for a name ("Riot"): the actor is still the "riot police"
    r = code(coder, "Riot police fired tear gas at crowds in Lusaka on Tuesday.")
    assert actor(r, "Riot police").name == "Riot police"


def test_national_chapter_of_an_international_ngo_takes_its_country(coder):
    # "Amnesty International Kenya" is the national chapter: a Kenyan group, not the international NGO
    r = code(coder, "Kenyan lawmakers passed a law on foreign funding on Tuesday. The law was condemned by Amnesty "
                    "International Kenya, which called it an attack on civil society.", title="Kenya passes NGO law")
    a = actor(r, "Amnesty International Kenya")
    assert a.country == "KEN", (a.name, a.country)
    assert not any(x.country == "NGO" for x in r.actors)


@pytest.mark.parametrize("title, body, name, country", [
    # a story set in the neighbour that receives refugees: "the junta" is the other state's military government
    ("Ivory Coast opens camps as families flee across the border",
     "ABIDJAN, Ivory Coast — Ivorian officials opened two camps on Monday for families fleeing "
     "fighting across the northern border, and Ivory Coast's army reinforced its posts.\n\n"
     "Aid workers said junta leader Ibrahim Traore had visited the area on Sunday.\n\n"
     "Ivorian medics treated dozens of wounded children at a clinic in the border town.\n\n"
     "The junta said in a statement that it had recaptured a town near the frontier.", "junta", "BFA"),
    # a story filed from the neighbour: "the state-run X of Y said air force jets had struck ..." reports Y's forces
    ("Thousands cross into Congo to escape fighting",
     "GOMA, Congo — Thousands of people crossed into Congo on Wednesday to escape fighting in the hills.\n\n"
     "Congolese officials opened a camp near the border.\n\n"
     "The state-run New Times of Rwanda said air force jets had struck rebel camps in the area.", "air force", "RWA"),
])
def test_a_bare_state_body_takes_the_state_the_story_ties_it_to_not_the_home_country(coder, title, body, name, country):
    r = code(coder, body, title=title)
    assert actor(r, name).country == country, [(a.name, a.country) for a in r.actors]


def test_state_force_coordinated_with_rebels_is_an_actor_of_its_own(coder):
    # "X's military and Y rebels": the parser hangs "military" on "rebels"; two parties are meant, and a later
    # "the military" is the first state's, not the country the story is filed from
    r = code(coder, "KIGALI, Rwanda — Clashes between Burundi's military and Hutu rebels near the lake drove hundreds of "
                    "families across the border into Rwanda on Tuesday.\n\n"
                    "Rwandan officials registered the families at a camp near the frontier.\n\n"
                    "The military said it had retaken two villages.",
             title="Families cross into Rwanda after clashes")
    military, rebels = actor(r, "military"), actor(r, "rebels")
    assert military.country == "BDI" and "REB" not in military.sectors, [(a.name, a.country) for a in r.actors]
    assert "MIL" not in rebels.sectors, rebels


def test_counted_bare_troops_are_a_new_party_not_the_earlier_troops(coder):
    # "troops" of one state, then "2,000 troops had been sent" reported by the other state's minister: the minister's
    r = code(coder, "CUCUTA, Colombia — Troops clashed with guerrillas near the river on Friday, the army said.\n\n"
                    "Peruvian Defence Minister Jorge Salas said in a radio interview that 2,000 troops had been sent "
                    "to the frontier.", title="Troops sent to frontier after clash")
    sent = [a for a in r.actors if any(r.article.text[s:e] == "2,000 troops" or r.article.text[s:e] == "troops"
                                       and r.article.text[s - 6:s] == "2,000 " for s, e in a.mentions)]
    assert sent and sent[0].country == "PER", [(a.name, a.country) for a in r.actors]


def test_a_state_named_inside_the_quote_is_not_the_speakers(rules):
    # '"This is how Ankara behaves," said X, a leader of ...': the state the quoted words name is not the speaker's
    r = rules.code_text("Regional tensions rise\n\nRiot police in Yerevan fired tear gas at Armenian protesters on "
                        "Monday. \"This is how Ankara behaves,\" said Ani Sargsyan, a leader of the Civic Renewal "
                        "opposition alliance, who marched with the crowd. She demanded new elections.")
    who = next(a for a in r.actors if a.name == "Ani Sargsyan")
    assert who.country == "ARM", r.actors
    # the quotation may open a sentence earlier
    r = rules.code_text("Regional tensions rise\n\nRiot police in Yerevan fired tear gas at Armenian protesters on "
                        "Monday. \"The marchers were calm. This is how Ankara behaves,\" said Ani Sargsyan, a leader "
                        "of the Civic Renewal opposition alliance, who marched with the crowd. She demanded new elections.")
    who = next(a for a in r.actors if a.name == "Ani Sargsyan")
    assert who.country == "ARM", r.actors


def test_opposition_based_abroad_is_the_opposition_of_the_storys_state(coder):
    # an opposition coalition "based" in a neighbouring state is in exile: the opposition of the story's state
    r = code(coder, "Venezuela's government jailed dozens of critics on Monday. The Colombia-based opposition "
                    "alliance Frente Amplio called the ruling a farce and asked UN experts to look into the case.",
             title="Venezuela jails critics")
    assert actor(r, "Frente Amplio").country == "VEN"


def test_inter_regional_body_is_intergovernmental(coder):
    # "Inter-American": the states of a region, neither the United States nor the story's state
    r = code(coder, "Venezuela's government jailed dozens of critics on Monday. The Inter-American Court of Human "
                    "Rights asked Venezuelan authorities to free the jailed reporters.",
             title="Venezuela jails critics")
    assert actor(r, "Inter-American Court of Human Rights").country == "IGO"


def test_a_pro_state_stance_is_not_a_nationality(coder):
    # "the pro-Ruritanian governor": a stance towards a state, the person stays of the state that tries her
    r = code(coder, "A Moldovan court on Tuesday sentenced Elena Rusu, the pro-Russian governor of an autonomous "
                    "region, to seven years in prison. Rusu denied the charges.",
             title="Governor jailed")
    assert actor(r, "Elena Rusu").country == "MDA"
    sentence = next(e for e in r.events if e.plover == "SANCTION")
    assert sentence.target_country == "MDA"


def test_a_site_named_after_a_state_counts_for_it_as_home(coder):
    # two states told alike: the site's name ("The Hanoi Courier") says whose side the story is told from
    text = ("Chinese and Vietnamese fishing boats collided near the Paracel Islands on Monday. China and Vietnam "
            "blamed each other for the collision. The foreign ministry said two fishermen were hurt.")
    doc = next(iter(coder.parser.parse_many([text])))
    title = "Fishing boats collide near disputed islands"
    assert coder.actors.code_with_home(doc, title)[1] == "CHN"
    assert coder.actors.code_with_home(doc, title, "The Hanoi Courier")[1] == "VNM"
    spans = coder.actors._country_spans(doc)
    # regions named after a country word, and demonyms, are no state of the site
    for site in ("Central America Weekly", "Indian Ocean Herald", "Southern Africa Today", "Asia Dispatch Weekly"):
        feats, _ = coder.actors._home_features(doc, title, spans, site)
        assert not any("publisher" in f for f in feats.values()), site
    feats, _ = coder.actors._home_features(doc, title, spans, "South Sudan Post")
    assert [c for c, f in feats.items() if "publisher" in f] == ["SSD"]


def test_people_from_a_province_or_a_state_named_after_the_verb_are_of_that_state(coder):
    # the parser hangs "from X" on the verb; after a verb of holding people it still says where they come from
    r = code(coder, "The Sri Lankan navy detained 12 fishermen from Kerala near Mannar on Friday.", title="Navy detains crews")
    assert actor(r, "fishermen").country == "IND"
    r = code(coder, "Greek coast guards detained 40 migrants from Syria off Lesbos on Friday.", title="Migrants detained")
    assert actor(r, "migrants").country == "SYR"
    r = code(coder, "Russia expelled two Estonian diplomats from Moscow on Friday.", title="Diplomats expelled")
    assert actor(r, "Estonian diplomats").country == "EST"


def test_a_bare_second_conjunct_shares_the_nationality_word(coder):
    r = code(coder, "Armenia summoned the Georgian ambassador on Monday. Last week Georgian troops and prosecutors "
                    "searched the homes of Armenian traders in Yerevan.", title="Armenia protests searches")
    assert actor(r, "prosecutors").country == "GEO"
    # a conjunct with words of its own, or an "of" phrase that may be its own, keeps to itself
    r = code(coder, "Witnesses accused the Russian instructors and soldiers of the national army of killing civilians "
                    "in the Central African Republic.", title="Killings in the east")
    assert actor(r, "soldiers").country != "RUS"


def test_news_agencies_are_actors_of_their_state_but_not_in_a_credit(coder):
    r = code(coder, "North Korea fired two missiles on Monday, KCNA said. \"This is a provocation,\" a South Korean "
                    "official told Reuters.", title="Missiles fired")
    assert actor(r, "KCNA").country == "PRK" and actor(r, "KCNA").sectors == ("JRN",)
    assert actor(r, "Reuters").country == "GBR"
    # the agency credited in brackets at the top of the story is no actor
    r = code(coder, "NAIROBI/KAMPALA (Reuters) - Kenyan police detained 30 protesters on Monday.", title="Protesters detained")
    assert not any(a.name == "Reuters" for a in r.actors)


def test_a_bare_role_takes_the_nationality_of_its_apposition(coder):
    r = code(coder, "Georgian police searched the offices on Friday. Three employees, all Armenian citizens, were "
                    "detained for questioning, police said.", title="Offices searched")
    assert actor(r, "employees").country == "ARM"
    # a phrase with a country word of its own keeps it, whatever the parser hangs after it
    r = code(coder, "Ghazouani received the Senegalese delegation at the palace on Monday, the Mauritanian state "
                    "broadcaster reported.", title="Delegation received")
    assert actor(r, "Senegalese delegation").country == "SEN"


def test_first_names_left_out_by_the_recogniser_after_a_persons_role(coder):
    r = code(coder, "\"Our seats will stay empty until the detained members are freed,\" CDF chief whip "
                    "Ruvai Chikowa told reporters outside parliament.", title="Opposition boycotts parliament")
    whip = actor(r, "Ruvai Chikowa")
    assert whip.kind == "person" and whip.name == "Ruvai Chikowa"
    assert [q.speaker for q in r.quotes] == [whip.id]


def test_page_debris_before_the_lede_is_not_the_lede(coder):
    # "(Newswire) --" is an agency tag parsed as a sentence of its own: the lede (and its subject, Peru) is the next one
    text = ("(Newswire) -- Peru summoned Chile's ambassador on Monday after a patrol boat detained two fishing crews near "
            "the maritime border.\n\nLima insisted the fishermen had done nothing wrong. Chile said it would "
            "not release the boats.")
    doc = next(iter(coder.parser.parse_many([text])))
    assert coder.actors.code_with_home(doc, "Fishing crews detained at sea")[1] == "PER"


def test_a_dateline_sentence_that_names_places_stays_the_lede(coder):
    text = ("LIMA/SANTIAGO (Newswire) - Peru summoned Chile's ambassador on Monday after a patrol boat detained two "
            "fishing crews near the maritime border.\n\nChile said it would not release the boats.")
    doc = next(iter(coder.parser.parse_many([text])))
    spans = coder.actors._country_spans(doc)
    assert "LIMA" in doc.span_text(doc.sentences[0].start, doc.sentences[0].end)
    assert coder.actors._lede(doc, spans) is doc.sentences[0]


def test_an_association_of_foreign_nationals_based_in_a_city_takes_the_city_s_state(coder):
    r = code(coder, "Residentes Unidos, an association of Bolivian workers based in Buenos Aires, accused the "
                    "government of ignoring their wages.", title="Argentina tightens rules for seasonal workers")
    assert actor(r, "Residentes Unidos").country == "ARG"


def test_a_state_that_is_the_subject_of_a_relative_clause_does_not_give_the_next_speaker_its_country(coder):
    # "the cartel, which Washington blacklisted": the relative clause describes the cartel; the minister of the next
    # sentence serves the story's state, not Washington
    r = code(coder, "QUITO, Ecuador (AP) — Ecuadorian troops raided a prison in the port city of Manta on Monday after "
                    "inmates seized several guards, officials said.\n\n"
                    "The Choneros cartel, which Washington blacklisted as a terrorist group in 2024, said nothing. "
                    "Defence Minister Pedro Alvarado said the army had proof that the revolt was planned abroad, and "
                    "threatened to jail anyone who helped it.", title="Ecuador troops raid prison after hostage taking")
    minister = [a for a in r.actors if a.name == "Pedro Alvarado"]
    assert minister and minister[0].country == "ECU", r.actors


@pytest.mark.parametrize("name, country", [
    ("the Inter-College Teachers' Union", "NPL"),        # a union of one country's colleges
    ("the Inter-American Commission on Human Rights", "IGO"),   # a body of the states of a region
])
def test_an_inter_prefixed_body_is_international_only_when_it_joins_peoples(coder, name, country):
    r = code(coder, f"KATHMANDU (AFP) — Nepalese police arrested 40 people on Monday, among them Ram Thapa, leader of "
                    f"{name}, after a protest outside parliament, officials said.", title="Nepal police arrest 40")
    body = [a for a in r.actors if a.name.startswith("Inter-")]
    assert body and body[0].country == country, r.actors


@pytest.mark.parametrize("title, body, name, country", [
    # a story filed from the mediator's capital: the junta is that of the state the story ties its coup to
    ("Algeria hosts talks between Niamey and rebels",
     "ALGIERS, Algeria — Algerian officials hosted a new round of negotiations on Friday, and the Algerian foreign "
     "minister urged both sides to keep the truce.\n\n"
     "Algeria's prime minister met the delegations at a hotel in Algiers.\n\n"
     "The military government freed 12 detained students on Thursday, a student union said.\n\n"
     "Niger has been under military rule since soldiers seized power in July 2023.", "military government", "NER"),
    # no coup told: the junta of the one state in which its sentence's acts happen
    ("Thailand welcomes ceasefire deal",
     "BANGKOK, Thailand — Thai officials welcomed a deal on Sunday under which a rebel militia in eastern Myanmar "
     "returned two border towns to the junta.\n\n"
     "Thailand's foreign minister said Bangkok would reopen a trade crossing next week.\n\n"
     "Thai traders said they hoped the crossing would reopen soon.", "junta", "MMR"),
    # and "the military" after that junta is its force, not the home country's
    ("Thailand welcomes ceasefire deal",
     "BANGKOK, Thailand — Thai officials welcomed a deal on Sunday after Thailand's foreign minister met envoys. "
     "Thailand's cabinet backed it.\n\n"
     "A rebel militia in eastern Myanmar returned two border towns to the junta on Saturday. The junta's jets "
     "bombed a village on Friday. The military denied striking civilians.\n\n"
     "Thai traders said they hoped the crossing would reopen soon.", "military", "MMR"),
])
def test_a_bare_junta_is_the_military_rule_of_the_state_the_story_ties_a_coup_or_its_acts_to(
        coder, title, body, name, country):
    r = code(coder, body, title=title)
    assert actor(r, name).country == country, [(a.name, a.country) for a in r.actors]


def test_an_acronym_spelt_by_an_earlier_named_body_is_that_body(coder):
    # "Fighters of the Ruritanian X Y Army ... The RXYA": the initials of the whole mention, country word included
    r = code(coder, "DHAKA, Bangladesh — Fighters of the Myanmar Shan Progress Army attacked a police post in "
                    "Rakhine state on Monday, Bangladeshi officials said.\n\n"
                    "The MSPA said its fighters took rifles from the post.", title="Bangladesh closes border after raid")
    a = actor(r, "MSPA")
    assert any(r.article.text[s:e].endswith("Progress Army") for s, e in a.mentions), \
        [(x.name, x.country, x.mentions) for x in r.actors]
    assert a.country == "MMR", (a.name, a.country)


def test_the_agency_after_a_body_described_as_an_agency_is_that_body(coder):
    # "the UN refugee agency X ... The agency said": the bare role word heads the named body's own description
    r = code(coder, "Floods displaced thousands of families in northern Mozambique this week. The UN refugee agency "
                    "UNHCR warned of disease in the camps. The agency sent tents and blankets to Pemba on Friday.",
             title="Floods in Mozambique")
    unhcr = actor(r, "UNHCR")
    body = r.article.text
    assert "agency" in [body[s:e] for s, e in unhcr.mentions], [(a.name, a.country) for a in r.actors]


def test_a_demonym_union_of_a_country_is_that_countrys_body(coder):
    # "the <Demonym> Union of <Country>": a body of that country's community, not of the demonym's state
    r = code(coder, "The Hungarian Union of Romania, a party of the ethnic minority, said on Monday it would stage a rally "
                    "in Cluj against the new schools law.", title="Minority party plans rally")
    union = actor(r, "Hungarian Union")
    assert union.country == "ROU", (union.name, union.country)


def test_families_displaced_from_a_place_belong_to_its_state(rules):
    r = rules.code_text("Border shelling\n\nRwandan artillery hit positions near Goma on Tuesday. UNICEF said it had "
                        "distributed water kits to 2,500 families displaced from hill villages in Rutshuru.")
    assert actor(r, "families").country == "COD"
    assert [(e.plover, e.target_country) for e in r.events if e.plover == "AID"] == [("AID", "COD")]


def test_minister_joined_to_a_demonym_counterpart_is_not_of_that_country(rules):
    r = rules.code_text("Textbook row\n\nJapan and South Korea traded barbs over a textbook on Friday. Tokyo said the "
                        "book was accurate. Trade Minister Lee Han-sol and his Japanese counterpart Taro Sato spoke by "
                        "phone on Saturday and agreed to meet again, officials said.")
    assert actor(r, "Lee Han-sol").country == "KOR"
    assert actor(r, "Taro Sato").country == "JPN"
    assert ("AGREE", "KOR", "JPN") in [(e.plover, e.source_country, e.target_country) for e in r.events]


_COUNTERPART_STORY = ("Border talks\n\nAlgeria sent a delegation to Tunis on Monday. Algerian Interior Minister Karim "
                      "Saadi and his Tunisian counterpart Youssef Hamdi agreed to form a joint committee. Algeria said "
                      "the committee would meet monthly.")


@pytest.mark.parametrize("story, name, country", [
    # "In Seoul, about 150 members of <body>, a civic group, rallied": the parser makes "members" the subject; the
    # body takes the city's country
    pytest.param("Textbook row\n\nJapan defended its textbooks on Friday. Japanese officials said Tokyo would not "
                 "revise them. Japan's cabinet backed the ministry. In Seoul, about 150 members of the Citizens' "
                 "Council for Wartime Redress, a civic group, rallied outside the Japanese consulate on Monday.",
                 "Citizens' Council for Wartime Redress", "KOR", id="members_of_a_body_rallying_in_a_city"),
    # "The Council of <X> in <capital>": the "in" phrase hangs on the name's last word, not on its head
    pytest.param("Senegal seals border town\n\nDAKAR, Senegal — Senegalese police sealed the border town on Friday "
                 "after a grenade attack. The Council of National Unity in Bamako expressed sorrow for the deaths.",
                 "Council of National Unity", "MLI", id="an_of_named_body_sits_in_the_capital_after_it"),
    # the parser makes "counterpart" a conjunct and the name a subject of its own; the name is the counterpart
    pytest.param(_COUNTERPART_STORY, "Youssef Hamdi", "TUN", id="a_name_right_after_an_unnamed_counterpart"),
    pytest.param(_COUNTERPART_STORY, "Karim Saadi", "DZA", id="the_first_minister_keeps_his_own_country"),
])
def test_where_a_body_or_person_is_placed_gives_its_country(rules, story, name, country):
    r = rules.code_text(story)
    assert actor(r, name).country == country, [(a.name, a.country) for a in r.actors]


def test_a_ministry_named_after_a_listed_group_is_not_another_states_ministry(coder):
    # "<Country>'s Defence Ministry ... The <Group> Defence Ministry": the same words, but the group's own body
    r = code(coder, "Pakistan's Defence Ministry accused the Taliban of sheltering militants near the border on Monday.\n\n"
                    "The Taliban Defence Ministry rejected the charge and said its forces had not crossed the line.",
             title="Border row deepens")
    body = r.article.text
    at = body.index("Taliban Defence") + len("Taliban ")
    theirs = [a for a in r.actors if any(s == at for s, e in a.mentions)]
    assert theirs and theirs[0].country == "AFG", [(a.name, a.country, a.mentions) for a in r.actors]


def test_lower_case_particle_inside_a_titled_name_keeps_the_name_whole(coder):
    r = code(coder, "European Council President Greta von der Marwitz telephoned Prime Minister Ion Rusu of Moldova "
                    "on Friday and promised 30 million euros for its power grid.", title="Moldova aid")
    berg = actor(r, "Greta von der Marwitz")
    assert berg.country == "EUR"
    assert not any(a.name in ("Greta von", "Marwitz") for a in r.actors)


def test_bloc_seat_city_stands_for_its_state_when_the_lede_names_that_state(rules):
    r = rules.code_text("Burundi recalls envoy from Belgium\n\nBurundi recalled its ambassador from Belgium on "
                        "Monday over remarks by a Belgian minister. Brussels expelled two Burundian diplomats "
                        "on Tuesday.")
    assert actor(r, "Brussels").country == "BEL"
    other = rules.code_text("Bloc fines carmakers\n\nThe European Union fined three carmakers on Monday. "
                            "Brussels threatened further penalties against Germany on Tuesday.")
    assert actor(other, "Brussels").country == "EUR"


def test_name_a_body_gives_itself_is_an_alias_and_recurs(coder):
    r = code(coder, "Students in Lima marched on Tuesday, a week after the movement, which calls itself NetGen 47, "
                    "formed on a messaging app. NetGen 47 accused the Peruvian education ministry of neglect.",
             title="Peru student protests")
    group = actor(r, "NetGen 47")
    body = r.article.text
    forms = [body[s:e] for s, e in group.mentions]
    assert forms.count("NetGen 47") == 2 and "movement" in forms
    assert group.country == "PER"


def test_participle_crowd_with_hyphenated_noun_is_a_group_of_the_story(coder):
    r = code(coder, "Riot police in Lusaka said nine officers were hurt by rock-hurling youths near the stadium "
                    "on Sunday.", title="Zambia unrest")
    youths = actor(r, "rock-hurling youths")
    assert youths.country == "ZMB" and "CVL" in youths.sectors


def test_a_bare_federal_body_belongs_to_the_federation_the_story_is_about(coder):
    # the home state (named most) is no federation; "federal police" are the other state's
    r = code(coder, "ASMARA, March 3 - Eritrea called up reservists on Tuesday. Eritrea said Ethiopia was arming "
                    "militias, and Eritrea's army was put on alert. Ethiopia denied the charge. Separately, federal "
                    "police said they had arrested 14 people in Gondar. Eritrea's information minister spoke on "
                    "state television.", title="Eritrea calls up reservists")
    assert actor(r, "federal police").country == "ETH"
    # two federations named about as often: no guess from the word alone
    r = code(coder, "TUNIS, March 3 - Tunisia hosted talks on Tuesday. Tunisian officials met envoys from Nigeria "
                    "and Ethiopia, and Tunisia said Nigeria and Ethiopia had agreed to attend. Federal police "
                    "guarded the venue. Tunisia's foreign minister spoke afterwards.", title="Tunisia hosts talks")
    assert actor(r, "police").country == "TUN"


def test_prosecuting_bodies_and_crowd_words_are_actors(coder):
    from eventwire.lexicon import Lexicon
    lex = Lexicon.load()
    assert "ETH" in lex.federations and "ERI" not in lex.federations
    for phrase, sector in (("public prosecution", "JUD"), ("investigating judge", "JUD"), ("general court martial", "JUD"),
                           ("youth", "CVL"), ("rally-goers", "CVL"), ("committee", "GOV")):
        assert lex.roles[phrase].sectors[0] == sector
    r = code(coder, "Kampala, May 2 - Rally-goers blocked the main highway for two hours. Uganda's public "
                    "prosecution charged three opposition activists with treason.", title="Uganda rally")
    assert actor(r, "Rally-goers").country == "UGA"
    assert "JUD" in actor(r, "public prosecution").sectors


def test_federation_codes_must_be_listed_states(tmp_path):
    from importlib import resources
    from eventwire.errors import DataFileError
    from eventwire.lexicon import Lexicon
    data = resources.files("eventwire").joinpath("data")
    for p in data.iterdir():
        if p.name.endswith(".tsv"):
            (tmp_path / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "federations.tsv").write_text("iso3\tname\nETH\tEthiopia\nXXA\tNowhere\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="federations.tsv: .*XXA"):
        Lexicon.load(tmp_path)


def test_a_movement_told_by_where_it_operates_is_of_that_state(coder):
    r = code(coder, "DAKAR, May 2 - Gunmen attacked a post near the border on Monday. The Kaboré Liberation Front, "
                    "a movement fighting for the independence of Mali's northern regions, claimed the attack. "
                    "Senegal closed the crossing.", title="Attack near border")
    assert actor(r, "Kaboré Liberation Front").country == "MLI"
    # a listed body keeps its own code whatever its seat
    r = code(coder, "NAIROBI, May 2 - Kenya closed the crossing on Monday. The East African Community, which is based "
                    "in Tanzania, urged Kenya to reopen it.", title="Kenya closes crossing")
    assert actor(r, "East African Community").country == "IGO"


def test_the_government_of_a_named_leader_is_the_leaders_state(coder):
    r = code(coder, "CARACAS, Jul 9 (Reuters) - Venezuela recalled its ambassador on Wednesday. The Venezuelan foreign "
                    "ministry accused the government of Luiz Inacio Lula da Silva of \"an aggression\" against "
                    "Venezuela. Brazil rejected the charge.", title="Venezuela recalls envoy")
    gov = next(a for a in r.actors if a.name == "government")
    assert gov.country == "BRA"


def test_a_name_particle_the_tagger_took_for_a_noun_stays_in_the_name(coder):
    r = code(coder, "ATHENS, Aug 12 (Reuters) - Greece sent two frigates on Wednesday. Prime Minister Kyriakos "
                    "Mitsotakis spoke by phone with European Commission President Ursula von der Leyen on Wednesday "
                    "afternoon, his office said.", title="Greece sends frigates")
    a = actor(r, "Ursula von der Leyen")
    assert a.country == "EUR"


def test_a_bare_title_after_a_listed_holder_of_that_office_is_the_holders_state(coder):
    r = code(coder, "CARACAS, Jul 9 (Reuters) - Venezuela recalled its envoy to Brazil on Wednesday. Russia backed "
                    "Caracas, Kremlin spokesman Dmitry Peskov told reporters. Lula's office said the president had "
                    "spoken by phone with Colombian President Gustavo Petro.", title="Venezuela recalls envoy")
    bare = next(a for a in r.actors if a.name == "president")
    assert bare.country == "BRA"


def test_people_told_by_the_group_they_claim_or_by_its_name_are_that_groups(coder):
    body = ("QUITO, Nov 11 (Reuters) - Ecuador's president declared a state of emergency on Tuesday after the Los Halcones "
            "gang attacked a prison in Guayaquil. In a video circulated on social media, men who identified themselves "
            "as Los Halcones members threatened to attack soldiers' families. Police arrested a suspected Los Halcones "
            "financier in the border town.")
    r = code(coder, body, title="Ecuador declares emergency")
    gang = actor(r, "Los Halcones")
    assert gang.country == "ECU"
    assert sum(1 for s, e in gang.mentions if r.article.text[s:e] == "Los Halcones") >= 2
    threats = [e for e in r.events if e.plover == "THREATEN"]
    assert threats and threats[0].source_country == "ECU"
    # armed people of no named group are actors
    r = code(coder, "KANO, May 2 - Masked men threatened to attack the village on Monday.", title="Village threatened")
    assert actor(r, "Masked men").sectors[0] == "UAF"


def test_the_agency_is_the_aid_or_refugee_body_just_named(coder):
    r = code(coder, "NIAMEY, March 17 (AP) - Niger recalled its ambassador to Algeria on Tuesday. The International "
                    "Organization for Migration said 1,200 migrants had reached Assamaka. The agency urged Algeria to "
                    "halt the expulsions.", title="Niger recalls envoy")
    iom = actor(r, "International Organization for Migration")
    assert "agency" in [r.article.text[s:e] for s, e in iom.mentions]
    req = [e for e in r.events if e.plover == "REQUEST"]
    assert req and req[0].source_country == "UNO"


def test_a_listed_party_is_coded_only_in_a_story_naming_its_state(coder):
    from eventwire.lexicon import Lexicon
    lex = Lexicon.load()
    org = lex.organization("ZANU-PF")
    assert org is not None and org.national and org.country == "ZWE"
    assert lex.organization("Amnesty International") is not None and not lex.organization("Amnesty International").national
    r = code(coder, "HARARE, March 28 - Zimbabwe's war veterans called protests on Tuesday. ZANU-PF expelled a faction "
                    "leader who backed them, the party said.", title="Zimbabwe veterans call protests")
    assert actor(r, "ZANU-PF").country == "ZWE" and "PTY" in actor(r, "ZANU-PF").sectors
    r = code(coder, "NAIROBI, March 28 - Kenyan police fired tear gas at protesters on Tuesday. Opposition leader Samuel "
                    "Wafula, who heads the Democratic Alliance coalition, accused the government of brutality.",
             title="Kenya protests")
    assert all(a.country != "ZAF" for a in r.actors)


def test_a_listed_office_holder_named_alone_takes_the_listed_state(coder):
    from eventwire.lexicon import Lexicon
    figure = Lexicon.load().person("Suhail Shaheen")
    assert figure is not None and figure.country == "AFG"
    r = code(coder, "DOHA, May 2 - Suhail Shaheen told reporters on Monday that talks would resume next week.",
             title="Talks to resume")
    assert actor(r, "Suhail Shaheen").country == "AFG"


def test_a_people_of_one_state_names_that_state(coder):
    r = code(coder, "ADDIS ABABA, March 3 (AP) - Eritrea called up reservists on Tuesday. Eritrea said Tigrayan "
                    "forces had massed near the border.", title="Eritrea calls up reservists")
    assert actor(r, "Tigrayan forces").country == "ETH"


def test_bare_displaced_people_take_the_state_of_the_displaced_named(coder):
    r = code(coder, "SANTO DOMINGO, Nov 18 (EFE) - The Dominican Republic deported 3,200 Haitian migrants this week. "
                    "The International Organization for Migration said its teams had given food to the returnees in "
                    "Ouanaminthe.", title="Dominican Republic deports migrants")
    assert actor(r, "returnees").country == "HTI"


def test_a_listed_state_body_named_alone_is_of_its_state(coder):
    r = code(coder, "BRASILIA, Jul 9 (Reuters) - Brazil blocked Venezuela's bid on Monday. Itamaraty said the decision "
                    "was final.", title="Brazil blocks bid")
    assert actor(r, "Itamaraty").country == "BRA"


def test_diplomats_below_ambassador_and_chiefs_of_staff_are_titled_actors(coder):
    from eventwire.lexicon import Lexicon
    lex = Lexicon.load()
    assert lex.role("charge d'affaires").sectors[0] == "GOV" and lex.role("chief of defence staff").sectors[0] == "MIL"
    r = code(coder, "ABUJA, July 15 (Reuters) - Nigeria summoned Cameroon's charge d'affaires on Tuesday.",
             title="Nigeria summons envoy")
    assert actor(r, "charge d'affaires").country == "CMR"


def test_a_capitalised_title_opening_a_sentence_is_no_part_of_the_name(coder):
    # a listed figure after a title the recogniser took into the name is still found in people.tsv
    r = code(coder, "ASTANA, May 4 (Reuters) - Kazakhstan detained five men on Monday.\n\nMoscow reacted sharply. The "
                    "Russian foreign ministry summoned Kazakh Ambassador Yerlan Abenov on Tuesday evening and demanded "
                    "that the detainees be handed over to Russia. Spokeswoman Maria Zakharova called the arrests "
                    "\"a provocation\".")
    zakharova = actor(r, "Maria Zakharova")
    assert zakharova.name == "Maria Zakharova"
    assert (zakharova.country, zakharova.sectors[:1]) == ("RUS", ("GOV",))


def test_a_territorys_own_people_are_its_own_in_a_story_of_its_sovereign(coder):
    r = code(coder, "PAPEETE, French Polynesia (AFP) - France sent 200 extra gendarmes to the islands on Tuesday "
                    "after pro-independence protesters blocked the airport road. The French interior minister said "
                    "Paris would not negotiate under pressure, and France's high commissioner banned gatherings. "
                    "The Tavini movement said the protesters wanted a vote on independence, and France rejected "
                    "the demand.", title="France sends gendarmes to French Polynesia")
    assert actor(r, "protesters").country == "PYF"
    assert actor(r, "gendarmes").country == "FRA"
    assert actor(r, "high commissioner").country == "FRA"


def test_a_one_word_name_the_recogniser_missed_as_a_subject_is_an_actor(coder):
    r = code(coder, "LIMA, July 16 (dpa) - Peru's Congress censured the mining minister on Tuesday.\n\n"
                    "Conamip rejected the decree as \"insufficient\" and threatened to block highways across the country "
                    "if its leaders were not released by Friday.", title="Peru censures minister")
    conamip = actor(r, "Conamip")
    assert conamip.country == "PER"
    assert {e.plover for e in r.events if e.source == conamip.id} >= {"REJECT", "THREATEN"}


def test_a_parliament_known_by_a_short_name_is_taken_only_in_its_states_story(coder):
    rec = code(coder, "TRIPOLI, May 14 (Wire) - Rada fighters clashed with a rival brigade near the airport, residents "
                      "said.", title="Clashes in Tripoli")
    rada = actor(rec, "Rada")
    assert rada is None or rada.country != "UKR", rada
    rec = code(coder, "KYIV, May 14 (Wire) - Ukraine's Rada voted on Tuesday to extend martial law.", title="Kyiv vote")
    assert actor(rec, "Rada").country == "UKR"


def test_a_body_named_after_an_international_one_is_of_it_not_of_its_remit(coder):
    # "United Nations <X> Mission for <state>": the UN's mission; "Office of the UN ...": the UN's office
    record = coder.code_text("MOGADISHU, May 3 (Wire) - The United Nations Assistance Mission for Somalia voiced "
                             "concern over the law. The Office of the UN High Commissioner for Human Rights in Peru "
                             "condemned the killing.")
    by_name = {a.name: a.country for a in record.actors}
    assert all(code == "UNO" for name, code in by_name.items() if name not in ("Somalia", "Peru")), by_name
    assert by_name.get("Office of the UN") == "UNO", by_name


def test_a_bare_mention_does_not_join_two_states_bodies_of_one_name(coder):
    # "Russia's Foreign Ministry ... The ministry said ... Japan's Foreign Ministry": two ministries, two actors
    record = coder.code_text("TOKYO, Sept. 16 (Wire) - Russia's Foreign Ministry announced an entry ban on ten Japanese "
                             "lawmakers.\n\nThe ministry said the move answered Tokyo's sanctions.\n\nJapan's Foreign "
                             "Ministry called the ban unacceptable and lodged a protest.")
    ministries = sorted(a.country for a in record.actors if a.name == "Foreign Ministry")
    assert ministries == ["JPN", "RUS"], [(a.name, a.country) for a in record.actors]


def test_an_organ_of_an_international_body_is_of_it_wherever_it_sits(coder):
    # "In Washington, the Permanent Council of the OAS ...": the organisation's organ, not the host city's state
    record = coder.code_text("QUITO, March 3 (Wire) - Ecuador expelled a Mexican diplomat on Monday.\n\nIn Washington, "
                             "the Permanent Council of the Organization of American States approved a resolution that "
                             "called on both governments to resolve the dispute.")
    council = next(a for a in record.actors if a.name == "Permanent Council")
    assert council.country == "IGO", [(a.name, a.country) for a in record.actors]


def test_a_bodys_local_office_named_by_its_city_is_the_bodys(coder):
    # "the Baku office of Russian state news agency Sputnik": the agency's seat in the city, so the agency's state
    record = coder.code_text("BAKU, June 30 (Wire) - Azerbaijani police raided the Baku office of Russian state news "
                             "agency Sputnik on Monday.")
    office = next(a for a in record.actors if a.name.endswith("office"))
    assert office.country == "RUS", [(a.name, a.country) for a in record.actors]
    assert any(e.plover == "COERCE" and (e.source_country, e.target_country) == ("AZE", "RUS") for e in record.events), \
        record.events


def test_a_state_described_as_the_juntas_backer_does_not_give_the_junta_its_country(coder):
    # "China, the junta's biggest backer": the state backs the junta; the junta stays the story's own
    record = coder.code_text("YANGON, Dec 28 (Wire) - Myanmar's military government held an election in areas it "
                             "controls.\n\nMalaysia's foreign minister urged the junta to halt air strikes.\n\n"
                             "China, the junta's biggest backer, sent an envoy to Naypyitaw this month.")
    junta = next(a for a in record.actors if a.name.lower() == "junta")
    assert junta.country == "MMR", [(a.name, a.country) for a in record.actors]


def test_the_faction_stands_for_the_faction_just_named(coder):
    record = coder.code_text("MEKELLE (Wire) - Fighters loyal to a faction of the Tigray People's Liberation Front "
                             "seized the regional offices. The faction also detained three senior officials of the "
                             "interim administration, a spokesman said.")
    assert any(e.plover == "COERCE" and e.source_country == "ETH" and record.article.text[e.trigger[0]:e.trigger[1]]
               == "detained" for e in record.events), record.events


@pytest.mark.parametrize("text, name, country", [
    # a national society of an international movement, named by its state's name or demonym, is that state's
    ("NAIROBI (Wire) - The Kenya Red Cross Society said it had delivered food to 6,000 Somalis.", "Red Cross", "KEN"),
    ("CAIRO (Wire) - The Egyptian Red Crescent sent 40 trucks of aid to the border.", "Red Crescent", "EGY"),
    ("ANKARA (Wire) - Turkey's Red Crescent sent tents to Syria.", "Red Crescent", "TUR"),
    # with no state named, the movement's own
    ("GENEVA (Wire) - The Red Crescent delivered aid to the border town.", "Red Crescent", "NGO"),
])
def test_a_national_society_named_by_its_state_is_that_states(coder, text, name, country):
    record = coder.code_text(text)
    found = [a for a in record.actors if name in a.name]
    assert found and found[0].country == country, [(a.name, a.country) for a in record.actors]


def test_a_story_filed_from_the_state_its_headline_and_lede_name_is_that_states(coder):
    # (round 21) a partner named more often further down does not outweigh the dateline, the headline and the lede
    text = ("LIMA, May 4 (Reuters) - Gunmen ambushed a Peruvian police patrol near the town of Pataz on Monday, killing "
            "six officers.\n\nIn Washington, the U.S. State Department condemned the attack. U.S. officials said the "
            "United States was ready to help, and the U.S. ambassador met officials. Washington has long offered the "
            "United States' support, a U.S. envoy said in Washington.")
    doc = next(iter(coder.parser.parse_many([text])))
    assert coder.actors.code_with_home(doc, "Gunmen kill six Peruvian police officers")[1] == "PER"
    # with no headline naming the state, the counts decide as before
    assert coder.actors.code_with_home(doc, "Gunmen kill six police officers")[1] == "USA"


def test_an_agency_in_a_datelines_brackets_is_no_place_a_state_is(coder):
    # (round 21) "(Xinhua)" is also the name of a Chinese county: it gave China a dateline in every Xinhua story
    assert coder.actors._dateline_countries("BAGHDAD, May 6 (Xinhua) -- ", places=True) == ["IRQ"]
    assert coder.actors._dateline_countries("ROSSO (Mauritania) (AFP) - ", places=True)[:1] == ["MRT"]
    assert "MRT" in coder.actors._dateline_countries("KAEDI (Mauritania) - ", places=True)


def test_bare_forces_reported_by_an_officer_of_a_named_state_are_that_states(coder):
    # (round 21) "<demonym> army spokesman X said air defences had shot down ... and that soldiers had repelled ...":
    # in a story filed from the neighbouring state, the forces are the spokesman's, in each reported clause
    r = code(coder, "JUBA, Feb 10 (AA) - South Sudan shut down the oil pipeline on Tuesday after an attack on the "
                    "oil field.\n\nSudanese army spokesman Brigadier General Nabil Abdallah said air defences had shot "
                    "down four drones over the field and that soldiers had repelled the ground assault.",
             title="South Sudan shuts pipeline")
    assert actor(r, "air defences").country == "SDN"
    assert actor(r, "soldiers").country == "SDN"


def test_unnamed_civilians_gathered_in_a_capital_are_of_its_state(coder):
    # (round 21) a story told from Athens: the people rallying in Skopje are North Macedonia's, not the story's state's
    text = ("ATHENS, March 4 (ANA) - Greece on Tuesday blocked the opening of North Macedonia's accession talks, "
            "the Greek government said. Greek officials said Greece would not change its position.\n\n"
            "Several hundred people rallied outside the Greek embassy in Skopje on Tuesday evening.")
    r = code(coder, text, title="Greece blocks North Macedonia's EU talks")
    assert actor(r, "people").country == "MKD"
    # forces are left alone: troops act in other states' towns
    r = code(coder, "ATHENS, March 4 (ANA) - Greece on Tuesday blocked the talks, the Greek government said. Greek "
                    "officials said Greece would not change its position.\n\nSoldiers patrolled the streets of "
                    "Athens and troops were seen near Skopje.", title="Greece blocks talks")
    assert actor(r, "troops").country == "GRC"


def test_a_story_filed_from_the_state_of_its_ledes_subject_is_that_states(coder):
    # (round 21) the headline opens with another state ("US tariffs"), the lede's subject is the filing state's
    text = ("BRASILIA, Jul 31 (EFE) - Brazilian President Luiz Inacio Lula da Silva said on Thursday his government "
            "would respond to a 50 percent US tariff on Brazilian goods.\n\nUS President Donald Trump signed the order "
            "on Wednesday in Washington. The U.S. Treasury also sanctioned a judge, the United States said in "
            "Washington. U.S. officials in Washington said the United States would not back down, and the U.S. "
            "embassy issued a statement. China said it would buy more Brazilian soy.")
    doc = next(iter(coder.parser.parse_many([text])))
    assert coder.actors.code_with_home(doc, "US tariffs: Lula vows to use reciprocity law")[1] == "BRA"


def test_a_capitals_name_closing_a_longer_place_name_is_no_state(coder):
    # (round 22) "da Praia" ends a Mozambican town's name; Praia alone is a foreign capital standing for its state
    r = code(coder, "MAPUTO, Sept. 17 (Xinhua) -- Islamist insurgents attacked the northern Mozambican port town of "
                    "Vila da Praia on Monday, killing at least 11 civilians, police said.", title="Port town attacked")
    assert all(a.country != "CPV" for a in r.actors)
    assert all(e.target_country != "CPV" for e in r.events)
    r = code(coder, "DAKAR, Sept. 17 (AFP) -- Praia said on Monday it would recall its ambassador from Dakar.",
             title="Envoy recalled")
    assert actor(r, "Praia").country == "CPV"


def test_a_title_closed_by_its_of_phrase_is_one_person(coder):
    # (round 22) "chief of mission": the person of the possessor's state, not the story's "mission"
    r = code(coder, "MANILA, April 8 (Kyodo) - The Philippine Department of Foreign Affairs summoned China's deputy "
                    "chief of mission in Manila and lodged a diplomatic protest, its spokeswoman said.",
             title="Manila protests shoal incident")
    assert actor(r, "deputy chief of mission").country == "CHN"
    assert any(e.plover == "ACCUSE" and e.source_country == "PHL" and e.target_country == "CHN" for e in r.events)


def test_forces_loyal_to_a_leader_are_his_states(coder):
    # (round 22) the forces take their leader's state, not the story's home state (every rule event kept: the act's
    # countries are this test's point, whether the learned filter keeps it is not; round 29's filter puts it at 0.46)
    rules = Coder(load_settings(min_confidence=0.0), parser=coder.parser)
    r = code(rules, "ATHENS, Feb 10, 2026 (AFP) - Forces loyal to eastern Libyan strongman Khalifa Haftar prevented "
                    "two Greek ministers from leaving Benghazi airport on Tuesday, the Greek government said.",
             title="Greek ministers held in Benghazi")
    assert actor(r, "Forces").country == "LBY"
    assert any(e.plover == "COERCE" and e.source_country == "LBY" and e.target_country == "GRC" for e in r.events)


def test_a_role_word_joins_a_body_whose_name_has_that_word_not_a_longer_one(coder):
    # (round 22) "the mission" after an IMF mission is the IMF's, not the "Commission" named before
    r = code(coder, "COLOMBO, May 3 (PTI) - The Commission to Investigate Allegations of Bribery or Corruption told "
                    "the court that the former minister had approved payments.\n\nMeanwhile, an International "
                    "Monetary Fund mission arrived in Colombo on Monday for the fifth review of the bailout.\n\n"
                    "The mission met President Anura Kumara Dissanayake on Tuesday.", title="IMF mission arrives")
    assert actor(r, "Commission to Investigate Allegations of Bribery or Corruption").country == "LKA"
    assert any(e.plover == "CONSULT" and e.source_country == "IGO" and e.target_country == "LKA" for e in r.events)
    assert not any(e.plover == "CONSULT" and e.source_country == "LKA" for e in r.events)


def test_bare_insurgents_are_not_a_foreign_group_named_only_at_the_end(coder):
    # (round 22) the story's one named armed group of another state, named only in a background paragraph
    body = ("MAPUTO, Sept. 17 (Xinhua) -- Islamist insurgents attacked the northern Mozambican town of Macomia on "
            "Monday, killing at least 11 civilians, local officials said.\n\nThe insurgents entered the town before "
            "dawn. Mozambican troops pushed them back after a four-hour gunfight.\n\nPresident Daniel Chapo visited "
            "Pemba on Tuesday. He praised the troops.\n\nThe army said it had arrested 12 suspects.\n\nAid agencies "
            "said 3,000 people had fled.\n\nCritics of the deployment have said Kigali backs M23 rebels in eastern "
            "Congo.")
    r = code(coder, body, title="Insurgents attack Mozambican town")
    assert actor(r, "Islamist insurgents").country != "COD"


def test_a_family_name_written_first_is_the_persons_later_mention(coder):
    # (round 22) "Park Yoon-joo ... after Park spoke": the recogniser took the bare family name for a place
    r = code(coder, "SEOUL, May 3 (Kyodo) - South Korean First Vice Foreign Minister Park Yoon-joo summoned the Chinese "
                    "ambassador on Monday.\n\nThe two governments agreed to hold talks after Park spoke by phone with "
                    "Chinese Vice Foreign Minister Sun Weidong.", title="Seoul summons envoy")
    assert any(e.plover == "CONSULT" and e.source_country == "KOR" and e.target_country == "CHN" for e in r.events)


def test_police_in_a_place_are_of_its_state(coder):
    # (round 22) police serve at home: "police in Jayapura" in a story told from Canberra are Indonesia's
    r = code(coder, "CANBERRA, May 3 (AAP) - Australia raised concerns with Indonesia on Thursday about the treatment of "
                    "activists.\n\nEarlier this month, police in Jayapura charged four activists with treason for "
                    "raising a banned flag.", title="Canberra raises Papua arrests")
    assert actor(r, "police").country == "IDN"


def test_an_acronym_the_story_defines_is_its_own_body_not_the_lists(coder):
    body = ("YAOUNDE — Separatists abducted teachers in north-west Cameroon on Monday.\n\nA spokesman for the Ambazonia "
            "Defence Forces (ADF), one of the main separatist groups, said ADF fighters had not taken part.")
    r = code(coder, body)
    assert all(a.country != "COD" for a in r.actors), [(a.name, a.country) for a in r.actors]
    # a defined acronym spelled a little differently is still the listed body
    body = ("ASTANA — Kazakhstan asked the Russia-led Collective Security Treaty Organisation (CSTO) for help on "
            "Monday. The CSTO agreed to send troops.")
    r = code(coder, body)
    assert actor(r, "CSTO").country == "IGO"


def test_scottish_and_welsh_bodies_are_british(coder):
    r = code(coder, "TORSHAVN — The Faroe Islands rejected the quota offer on Monday.\n\nIn Peterhead, the Scottish "
                    "Pelagic Fishermen's Association called on the British government to close the waters to Faroese "
                    "trawlers.")
    assert any(a.country == "GBR" and "Fishermen" in a.name for a in r.actors), [(a.name, a.country) for a in r.actors]


def test_an_acronym_defined_in_brackets_names_that_body_where_it_recurs(coder):
    r = coder.code_text("Gas row\n\nTEHRAN — Flows fell to zero, according to the state-owned National Iranian Gas "
                        "Company (NIGC).\n\nThe NIGC accused Ashgabat of breaching a contract.")
    acr = [a for a in r.actors if any(r.article.text[s:e] == "NIGC" for s, e in a.mentions)]
    assert acr and acr[0].country == "IRN", r.actors
    r = coder.code_text("Cameroon attack\n\nYAOUNDE — Fighters of the Ambazonia Defence Forces (ADF) attacked a "
                        "gendarmerie post on Monday.\n\nThe ADF accused the army of killing civilians.")
    adf = [a for a in r.actors if any(r.article.text[s:e] == "ADF" for s, e in a.mentions)]
    assert adf and all(a.country == "CMR" for a in adf), r.actors


def test_a_long_listed_name_whose_hyphen_splits_it_into_many_tokens_is_found_whole(coder):
    # "the Organization for Security and Co-operation in Europe": nine tokens once the hyphen splits a word,
    # still the listed body (not a name cut before "in Europe" and given the story's country)
    record = coder.code_text("MOSCOW, May 3 (Wire) - Azerbaijani police detained two Russian reporters on Monday.\n\n"
                             "Russia's journalists' union urged the Organization for Security and Co-operation in "
                             "Europe to intervene.")
    body = next(a for a in record.actors if a.name.startswith("Organization for Security"))
    assert (body.name, body.country) == ("Organization for Security and Co-operation in Europe", "IGO"), \
        [(a.name, a.country) for a in record.actors]
    assert any(e.plover == "REQUEST" and (e.source_country, e.target_country) == ("RUS", "IGO")
               for e in record.events), record.events


def test_a_body_named_after_a_division_is_of_the_divisions_state(coder):
    # "the Sarawak Fishermen's Association" in a story from the neighbouring state: the division's state (Malaysia),
    # not the story's (Brunei)
    record = coder.code_text("BANDAR SERI BEGAWAN, June 3 (Wire) - Brunei's navy detained 14 fishermen off Labuan on "
                             "Monday.\n\nThe Sarawak Fishermen's Association threatened to picket the Brunei "
                             "consulate.")
    body = next(a for a in record.actors if a.name.startswith("Sarawak"))
    assert body.country == "MYS", [(a.name, a.country) for a in record.actors]
    # a state's foreign ministry named by its seat is that state's
    record = coder.code_text("KUALA LUMPUR, June 3 (Wire) - Wisma Putra summoned Brunei's envoy on Tuesday.")
    assert [(e.plover, e.source_country, e.target_country) for e in record.events] == [("ACCUSE", "MYS", "BRN")], \
        record.events


def test_an_unnamed_spokesperson_of_a_kind_of_body_speaks_for_the_body_just_named(coder):
    # "The State Department revoked the visas ..., a department spokesperson said": the department named in the
    # sentence, not the story's state
    record = coder.code_text("BOGOTA, Sept 17 (Wire) - Colombia suspended purchases of U.S. weapons on Tuesday.\n\nThe "
                             "State Department also revoked the U.S. visas of Interior Minister Armando Benedetti, a "
                             "department spokesperson said on Tuesday, accusing him of undermining joint efforts "
                             "against cocaine trafficking.")
    voice = next(a for a in record.actors if a.name == "department spokesperson")
    assert voice.country == "USA", [(a.name, a.country) for a in record.actors]


def test_the_month_of_a_datelines_date_names_no_place(coder):
    # "KUALA LUMPUR, March 5 (Wire) --": March is the date, not the town of March in England
    assert coder.actors._dateline_countries("KUALA LUMPUR, March 5 (Wire) -- ", places=True) == ["MYS"]
    assert coder.actors._dateline_countries("MAY 5, 2025 (Wire) - ", places=True) == []


def test_a_listed_figures_full_name_the_recogniser_cut_short_is_found_whole(coder):
    # "Ulisses Correia e Silva": the recogniser stops at "Correia"; the list knows the whole name and its state
    record = coder.code_text("LISBON, Nov 19 (Wire) - Portugal's government tightened visa rules for Cape Verdean "
                             "nationals on Tuesday.\n\nCape Verdean Prime Minister Ulisses Correia e Silva called the "
                             "decision unfriendly.")
    pm = next(a for a in record.actors if a.name.startswith("Ulisses"))
    assert (pm.name, pm.country) == ("Ulisses Correia e Silva", "CPV"), [(a.name, a.country) for a in record.actors]
    assert any(e.plover == "ACCUSE" and (e.source_country, e.target_country) == ("CPV", "PRT") for e in record.events), \
        record.events


def test_an_office_holder_of_a_division_added_to_the_centroids_serves_its_state(coder):
    # "Sabah Chief Minister X" in a story from Brunei: Sabah is Malaysia's, so is its chief minister
    record = coder.code_text("BANDAR SERI BEGAWAN, June 3 (Wire) - Brunei's navy detained 14 fishermen off Labuan on "
                             "Monday.\n\nSabah Chief Minister Hajiji Noor criticised the arrests as heavy-handed.")
    cm = next(a for a in record.actors if a.name.endswith("Noor"))
    assert cm.country == "MYS", [(a.name, a.country) for a in record.actors]
    # a division whose bare name is a bigger city of another state was left out: Santa Barbara stays Californian
    places = coder.actors.places.candidates("Santa Barbara")
    assert places and not [p for p in places if p.feature == "admin1"], places


def test_a_monitor_based_abroad_is_an_international_ngo(coder):
    # docs/gold-format.md: "a London-based rights group" is NGO, not the country it reports on
    r = code(coder, "BEIRUT, March 2 (Reuters) - Government troops shelled two villages in Idlib province on Sunday, "
                    "the Syrian Observatory for Human Rights said.")
    assert actor(r, "Syrian Observatory for Human Rights").country == "NGO"


def test_a_country_acronym_names_the_state_only_in_capitals(coder):
    # "SADR" is the Sahrawi republic, "Sadr" a surname; "Car bombs" are not the Central African Republic's
    r = code(coder, "BAGHDAD, May 4 (Reuters) - Shiite cleric Moqtada Sadr urged the armed factions in Iraq to "
                    "disarm. Car bombs killed three people in Basra, police said. The SADR protested to Morocco.")
    assert actor(r, "Moqtada Sadr").country == "IRQ"
    assert {a.country for a in r.actors} >= {"IRQ", "ESH"}
    assert not any(a.country == "CAF" for a in r.actors)


def test_a_bare_junta_is_the_story_s_one_military_government_not_the_state_just_named(coder):
    r = code(coder, "BAMAKO, June 3 (AFP) - Mali's military government expelled the Swedish ambassador on Tuesday "
                    "over remarks about the war in the north.\n\n"
                    "In Stockholm, the foreign ministry called the move regrettable. Sweden did not announce any "
                    "measures in response.\n\n"
                    "The junta also ordered two Swedish aid workers to leave the country within 48 hours.")
    assert actor(r, "junta").country == "MLI"


def test_unnamed_police_and_the_crowd_they_disperse_are_of_the_capital_they_act_in(coder):
    # the story's main state is the United States; the police act in Eswatini's capital, outside a US embassy
    r = code(coder, "WASHINGTON, Feb. 5 (Reuters) - The United States sent a fourth deportation flight to Eswatini on "
                    "Wednesday, U.S. officials said, and Washington plans more flights this year.\n\n"
                    "U.S. officials said the United States would pay for the program.\n\n"
                    "Police dispersed about 40 protesters outside the U.S. embassy in Mbabane on Thursday.")
    assert actor(r, "Police").country == "SWZ"
    assert actor(r, "protesters").country == "SWZ"


def test_a_surname_the_tagger_took_for_another_word_class_is_still_the_person(coder):
    # "Vucic on Wednesday rejected ...": the small tagger reads the sentence's first word as an adverb
    r = code(coder, "BELGRADE, Feb 25 (Wire) - Farmers joined the protests that have shaken President Aleksandar "
                    "Vucic's rule for a year.\n\n"
                    "Vucic on Wednesday rejected the main demand of the farmers, an early election.")
    reject = next(e for e in r.events if e.plover == "REJECT")
    assert next(a for a in r.actors if a.id == reject.source).name == "Aleksandar Vucic"
