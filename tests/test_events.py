"""Event coding on sentences written for these tests: roles, factuality, traps."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def coder(rules):
    """These tests pin what the rules propose, so they use the rule stages alone (see conftest.rules)."""
    return rules


def events(coder, body: str, title: str = "Regional tensions rise"):
    r = coder.code_text(f"{title}\n\n{body}")
    names = {a.id: a.name for a in r.actors}
    return r, [(e.plover, e.source_country, e.target_country, e.factuality, names.get(e.source), names.get(e.target))
               for e in r.events]


def has(evs, plover, src=None, tgt=None, fact=None):
    return any(e[0] == plover and (src is None or e[1] == src) and (tgt is None or e[2] == tgt)
               and (fact is None or e[3] == fact) for e in evs)


def dyads(coder, text: str, plover: str):
    """The (source, target) countries of the events of one type that a whole story (dateline and all) yields, with
    the record for the failure message."""
    record = coder.code_text(text)
    return [(e.source_country, e.target_country) for e in record.events if e.plover == plover], record


def test_active_subject_and_object(coder):
    _, evs = events(coder, "Polish police arrested two Belarusian activists in Warsaw on Monday.")
    assert has(evs, "COERCE", "POL", "BLR", "asserted")


def test_passive_with_and_without_agent(coder):
    _, evs = events(coder, "Three Chadian soldiers were killed by Sudanese militiamen near the border. "
                           "Five journalists were detained in Khartoum on Sunday.", title="Sudan border clash")
    assert has(evs, "ASSAULT", "SDN", "TCD", "asserted")
    detained = [e for e in evs if e[0] == "COERCE"]
    assert detained and detained[0][4] is None   # an unnamed agent stays unnamed


def test_negated_events(coder):
    _, evs = events(coder, "Japan did not send warships to the strait. The Turkish army denied shelling Syrian villages.")
    assert has(evs, "MOBILIZE", "JPN", None, "negated")
    assert has(evs, "ASSAULT", "TUR", None, "negated")
    # "denied shelling": the denied act is negated; the denial itself is a REJECT (docs/gold-format.md, denials)


def test_no_indication_is_negated(coder):
    _, evs = events(coder, "There was no indication that Russia was preparing to send troops to Moldova.")
    assert has(evs, "MOBILIZE", "RUS", None, "negated")


def test_hypothetical_events(coder):
    _, evs = events(coder, "Germany could impose sanctions on Iran next month. "
                           "Kenya is considering sending troops to Haiti.")
    assert has(evs, "SANCTION", "DEU", "IRN", "hypothetical")
    assert has(evs, "MOBILIZE", "KEN", None, "hypothetical")


def test_threatened_act_is_part_of_the_threat(coder):
    _, evs = events(coder, "North Korea threatened to attack South Korean warships.")
    assert has(evs, "THREATEN", "PRK")
    assert not has(evs, "ASSAULT", "PRK", None, "asserted")


def test_reported_claim(coder):
    _, evs = events(coder, "Russian state media said that Ukrainian drones attacked an oil depot in Bryansk.",
                    title="Drone attack on Russian depot")
    assert has(evs, "ASSAULT", "UKR", None, "reported")


def test_own_statement_of_a_verbal_act_is_asserted(coder):
    _, evs = events(coder, "The Indonesian foreign minister said Jakarta was ready to meet Malaysian officials.")
    consult = [e for e in evs if e[0] in ("CONSULT", "AGREE")]   # a meeting one is ready for is AGREE (manual)
    assert consult and consult[0][3] != "reported"


def test_plain_said_is_not_an_event(coder):
    _, evs = events(coder, "The Brazilian president said the economy grew by two percent last year.")
    assert evs == []


def test_nominal_event_and_no_double_count(coder):
    _, evs = events(coder, "Egypt and Ethiopia held talks in Cairo on Tuesday about the dam.")
    assert sum(1 for e in evs if e[0] == "CONSULT") <= 2   # one each way at most, not verb + noun
    assert has(evs, "CONSULT", "EGY", "ETH") or has(evs, "CONSULT", "ETH", "EGY")


def test_control_verb_subject(coder):
    r, evs = events(coder, "Peruvian President Ana Ruiz told her envoy to meet Chilean officials in Santiago.")
    assert has(evs, "CONSULT", "PER", "CHL")


def test_several_events_in_one_sentence(coder):
    _, evs = events(coder, "Israeli troops arrested 12 Palestinians and demolished two homes in Jenin.",
                    title="Raid in Jenin")
    assert has(evs, "COERCE", "ISR", "PSE")
    assert len(evs) >= 2


@pytest.mark.parametrize("body", [
    "Follow our Example Times Telegram channel for breaking news about the troops sent to the border.",
])
def test_no_events_from_debris(coder, body):
    r = coder.code_text(f"Border tensions\n\nThe ministers met on Monday.\n\n{body}")
    assert all(body not in r.article.text[e.sentence[0]:e.sentence[1]] for e in r.events)


# -- word sense and type choice (sentences written for these tests) --------------------------------

def test_armed_capture_of_a_place_is_an_attack(coder):
    _, evs = events(coder, "Sudanese paramilitary fighters seized the village of Umm Kadada after two days of fighting.",
                    title="Fighting in Darfur")
    assert has(evs, "ASSAULT", "SDN")
    assert not has(evs, "COERCE", "SDN")


def test_capture_without_an_armed_doer_is_no_event(coder):
    _, evs = events(coder, "A Kenyan runner captured the country's third gold medal in Paris.", title="Athletics")
    assert not has(evs, "COERCE")


def test_fight_against_an_abstract_object_is_no_attack(coder):
    _, evs = events(coder, "The Dutch government pledged money to Ghana to fight money laundering and tax evasion.")
    assert not has(evs, "ASSAULT")


def test_fighting_alongside_is_cooperation(coder):
    _, evs = events(coder, "Rwandan troops have been fighting alongside the Mozambican army in Cabo Delgado since 2021.")
    assert has(evs, "COOPERATE", "RWA", "MOZ")
    assert not has(evs, "ASSAULT", "RWA", "MOZ")


def test_released_figures_are_no_release(coder):
    _, evs = events(coder, "The Chilean central bank released inflation figures on Monday.", title="Economy")
    assert not has(evs, "RETREAT")


def test_lifted_checkpoint_is_a_retreat(coder):
    _, evs = events(coder, "Ethiopian troops lifted a checkpoint on the road to Mekelle, letting Sudanese trucks through.")
    assert has(evs, "RETREAT", "ETH")
    assert not has(evs, "CONCEDE", "ETH")


def test_promised_response_is_a_threat(coder):
    _, evs = events(coder, "Iran's foreign ministry promised a firm response to Israel.")
    assert has(evs, "THREATEN", "IRN", "ISR")
    assert not has(evs, "AGREE", "IRN")


def test_visa_restrictions_on_officials_are_a_sanction(coder):
    _, evs = events(coder, "Britain imposed visa restrictions on ten Nicaraguan officials on Friday.")
    assert has(evs, "SANCTION", "GBR", "NIC")
    assert not has(evs, "COERCE", "GBR")


def test_scrapping_a_tax_is_a_concession(coder):
    _, evs = events(coder, "The Nigerian government scrapped a fuel tax after weeks of street protests.")
    assert has(evs, "CONCEDE", "NGA")


# -- non-event mentions and the type a sentence gives an act ----------------------------------------

def test_participle_naming_people_is_no_new_event(coder):
    _, evs = events(coder, "Police in Almaty arrested forty protesters on Monday. Twelve of those arrested were freed "
                           "on Tuesday.", title="Protests in Kazakhstan")
    assert sum(1 for e in evs if e[0] == "COERCE") == 1
    assert has(evs, "RETREAT", "KAZ")   # the state that held them let them go


def test_generic_relative_clause_is_no_event(coder):
    _, evs = events(coder, '"A government that jails journalists has no place in the bloc," the Swedish minister said.')
    assert not has(evs, "COERCE")


def test_warning_of_a_danger_is_no_threat(coder):
    _, evs = events(coder, "The World Health Organization urged Yemen to reopen clinics, warning that cholera was "
                           "spreading in the south.", title="Cholera in Yemen")
    assert has(evs, "REQUEST")
    assert not has(evs, "THREATEN")


def test_warning_of_a_future_act_is_a_threat(coder):
    _, evs = events(coder, "Serbia warned that it would respond to any attack on Serbs in northern Kosovo.")
    assert has(evs, "THREATEN", "SRB")


def test_what_a_warning_tells_as_past_is_reported_not_threatened(coder):
    # "warned that X had ... and urged Y to ...": the past content and the appeal joined to it are acts of their own
    _, evs = events(coder, "IAEA Director General Rafael Grossi warned that the agency had lost track of the stockpile "
                           "and urged Tehran to let inspectors back in.", title="Inspectors in Iran")
    assert has(evs, "REQUEST", "IGO", "IRN")
    _, evs = events(coder, "The Malian army warned that rebels had seized two border posts near Gao.", title="Mali")
    assert has(evs, "ASSAULT", fact="reported") or has(evs, "COERCE", fact="reported"), evs


def test_two_sides_that_held_hours_of_talks_met_each_other(coder):
    # "the two presidents held four hours of talks": the hours are no partner; the two states named before met
    pairs, record = dyads(coder, "CAIRO, May 3 (AP) - Egyptian President Abdel Fattah al-Sisi hosted Turkish President "
                                 "Recep Tayyip Erdogan on Wednesday. The two presidents then held nearly four hours of "
                                 "talks at the presidential palace.", "CONSULT")
    held = [e for e in record.events if e.plover == "CONSULT" and record.article.text[e.trigger[0]:e.trigger[1]] == "held"]
    assert [(e.source_country, e.target_country) for e in held] == [("EGY", "TUR")], pairs


def test_a_defence_team_is_an_actor_of_its_own(coder):
    _, evs = events(coder, "The opposition leader went on trial in Juba on Monday. His defence team rejected the charges "
                           "as a fabrication.", title="Trial in South Sudan")
    assert any(e[0] == "REJECT" and e[4] == "defence team" for e in evs), evs


def test_conditions_are_no_events(coder):
    _, evs = events(coder, "Chile could restore full ties with Venezuela if Caracas releases the detained diplomats.")
    assert not has(evs, "RETREAT")


def test_own_future_force_is_a_threat(coder):
    _, evs = events(coder, '"If the shelling continues, we will strike their launch sites," the Armenian defence '
                           'minister said.', title="Border tension")
    assert has(evs, "THREATEN")
    assert not has(evs, "ASSAULT", fact="hypothetical")


def test_speculated_force_stays_hypothetical(coder):
    _, evs = events(coder, "Germany could impose sanctions on Iran next month, analysts said.")
    assert has(evs, "SANCTION", "DEU", "IRN", "hypothetical")


def test_offered_or_ready_meeting_is_agree(coder):
    _, evs = events(coder, "Oman, which has long stayed neutral in the region, offered to host talks between Iran and "
                           "Saudi Arabia. Kuwait said it was ready to hold talks with Iraq.")
    assert has(evs, "AGREE", "OMN")
    assert has(evs, "AGREE", "KWT")
    assert not has(evs, "CONSULT", "KWT")


def test_agreeing_to_release_is_a_concession(coder):
    _, evs = events(coder, "Eritrea agreed to free twenty Ethiopian fishermen held since March.")
    assert has(evs, "CONCEDE", "ERI")
    assert not has(evs, "AGREE", "ERI")


def test_reference_verb_object_is_no_event(coder):
    _, evs = events(coder, "A Polish diplomat described the Belarusian warning as a bluff.", title="Border dispute")
    assert not has(evs, "THREATEN")


def test_reciprocal_act_is_one_event(coder):
    _, evs = events(coder, "India and China exchanged fire on their disputed border on Monday.")
    assaults = [e for e in evs if e[0] == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0][1] == "IND" and assaults[0][2] == "CHN"


def test_protest_purpose_gives_the_target_and_is_no_second_event(coder):
    _, evs = events(coder, "Thousands of Armenians rallied in Yerevan on Sunday to denounce the Azerbaijani blockade.",
                    title="Rally in Yerevan")
    assert has(evs, "PROTEST", "ARM", "AZE")
    assert not has(evs, "ACCUSE")


def test_participle_hung_on_a_name_before_said_is_the_main_verb(coder):
    _, evs = events(coder, "Norway, which has long backed the peace process, offered to host talks between Colombia and "
                           "the rebels, a Norwegian diplomat said.", title="Peace talks")
    assert has(evs, "AGREE", "NOR")


def test_targeting_without_a_party_is_no_attack(coder):
    _, evs = events(coder, "Peru and Bolivia began joint patrols on Lake Titicaca, targeting smuggling routes.",
                    title="Border patrols")
    assert not has(evs, "ASSAULT")
    assert has(evs, "COOPERATE")


def test_announced_siege_is_a_threat(coder):
    _, evs = events(coder, '"If the ministry ignores us, we will lay siege to Madrid," the Spanish truckers\' leader '
                           'told reporters.', title="Truckers protest")
    assert has(evs, "THREATEN", "ESP")
    assert not has(evs, "COERCE")


def test_lexicon_families_obstruction_release_sanction(coder):
    _, evs = events(coder, "Farmers in Peru blocked the main highway to Cusco on Monday. "
                           "Armenia handed over four Azerbaijani detainees to Azerbaijan. "
                           "Chile froze 30 million dollars in funding for Bolivia.", title="Andean tensions")
    assert has(evs, "PROTEST", "PER")
    assert not has(evs, "REJECT", "PER")
    assert has(evs, "RETREAT", "ARM")
    assert has(evs, "SANCTION", "CHL")


def test_lexicon_families_mobilize_and_crowd_control(coder):
    _, evs = events(coder, "Greek police used tear gas against protesters in Athens. "
                           "The Turkish army raised the combat readiness of its units near the border.",
                    title="Aegean tensions")
    assert has(evs, "ASSAULT", "GRC")
    assert has(evs, "MOBILIZE", "TUR")


def test_target_from_inner_act_and_object_phrase(coder):
    _, evs = events(coder, "Brazil warned that it could impose sanctions on Paraguay. "
                           "Peru closed all border crossings with Bolivia on Sunday.", title="South American rift")
    assert has(evs, "THREATEN", "BRA", "PRY")
    assert has(evs, "SANCTION", "PER", "BOL")


def test_refused_talks_and_passive_deployment(coder):
    _, evs = events(coder, "Ecuador's president ruled out negotiations. The Ecuadorian army could be deployed to the coast.",
                    title="Quito crisis")
    assert has(evs, "CONSULT", "ECU", None, "negated")
    assert has(evs, "MOBILIZE", "ECU", None, "hypothetical")


def test_call_strike_and_purpose_protest(coder):
    _, evs = events(coder, "Unions in Chile called a nationwide general strike for Friday. "
                           "Chilean truckers blocked the main highway to protest fuel prices.", title="Chile unrest")
    assert not has(evs, "REQUEST", "CHL")
    assert [e[0] for e in evs].count("PROTEST") == 2


def test_announced_response_refusal_and_diplomatic_protest(coder):
    _, evs = events(coder, "Algeria said it would respond to any hostile step by Morocco. "
                           "Morocco said it would never accept the ruling. "
                           "Japan protested to China over the detention of its citizens.", title="Maghreb dispute")
    assert has(evs, "THREATEN", "DZA", None, "asserted")
    assert has(evs, "REJECT", "MAR")
    assert has(evs, "ACCUSE", "JPN", "CHN")
    assert not has(evs, "PROTEST", "JPN")


def test_crowd_protest_stays_protest_and_verdict_is_no_aid(coder):
    _, evs = events(coder, "Hundreds of Iraqi students protested outside the ministry in Baghdad. "
                           "An Iraqi court will deliver its verdict on Monday.", title="Baghdad protest")
    assert has(evs, "PROTEST")
    assert not has(evs, "ACCUSE")
    assert not has(evs, "AID") and not has(evs, "AGREE")


def test_coordinated_nationalities_and_possessive_doer(coder):
    _, evs = events(coder, "Armenian and Azerbaijani troops exchanged fire along the border overnight. "
                           "The Pentagon said its aircraft had struck three Syrian radar sites.", title="Border clashes")
    assert has(evs, "ASSAULT", "ARM", "AZE")
    assert not has(evs, "ASSAULT", "AZE", "ARM")
    assert has(evs, "ASSAULT", "USA", "SYR")


def test_second_act_after_a_purpose_clause(coder):
    _, evs = events(coder, "Peruvian police used tear gas to clear a blockade on the highway and arrested 18 people.",
                    title="Peru blockade")
    assert has(evs, "ASSAULT", "PER")
    assert has(evs, "COERCE", "PER")


def test_open_to_talks_and_dismissed_offer(coder):
    _, evs = events(coder, "Chile's government offered talks to the truckers' union. "
                           "The union's leader dismissed the government's offer of talks. "
                           "Santiago remained open to talks with Lima.", title="Chile talks")
    assert has(evs, "REJECT", "CHL", "CHL")
    assert has(evs, "AGREE", "CHL", "PER")
    assert not has(evs, "AGREE", None, None, "negated")


def test_no_intention_seeking_to_and_armed_with(coder):
    _, evs = events(coder, "The Colombian rebel commander said his forces had no intention of joining peace talks. "
                           "Seeking to calm anger, Colombia's government offered to postpone a planned increase in fuel taxes. "
                           "Hundreds of Colombian farmers, some of them armed with sticks, marched on Bogota.",
                    title="Colombia unrest")
    assert has(evs, "CONSULT", "COL", None, "negated")
    assert has(evs, "CONCEDE", "COL")
    assert not has(evs, "REQUEST") and not has(evs, "AID")


def test_open_question_and_unnamed_attackers(coder):
    _, evs = events(coder, "The attackers shot dead a guard at a school in Kano state. "
                           "Officials did not say whether the additional troops would be pulled back.",
                    title="Nigeria school attack")
    assert has(evs, "ASSAULT", "NGA")
    assert not has(evs, "RETREAT")


def test_condemned_act_noun_names_its_doer(coder):
    _, evs = events(coder, "North Korea fired two ballistic missiles into the sea on Thursday. "
                           "Japan condemned the launch as a violation of U.N. resolutions.", title="Missile launch")
    assert has(evs, "ACCUSE", "JPN", "PRK")


def test_lexicon_families_aid_protest_note_exclusion(coder):
    _, evs = events(coder, "Norway disbursed 40 million dollars to Malawi last month. "
                           "Ghana's foreign ministry sent a formal note of protest to Togo. "
                           "West African leaders excluded Mali's junta from their summit.", title="West Africa")
    assert has(evs, "AID", "NOR", "MWI")
    assert has(evs, "ACCUSE", "GHA", "TGO")
    assert has(evs, "SANCTION", None, "MLI")


def test_same_state_speaker_and_possibility_is_no_threat(coder):
    _, evs = events(coder, "Canada's foreign ministry said Ottawa stands with Ukraine. "
                           "Canada could suspend aid to Haiti if the vote is delayed, a Canadian official said.",
                    title="Canadian policy")
    assert has(evs, "SUPPORT", "CAN", "UKR", "asserted")
    assert has(evs, "SANCTION", "CAN", "HTI", "hypothetical")
    # (round 21) the measure on condition is a threat to the state it is aimed at, as our annotators code "Brussels
    # could suspend visa-free travel for Georgians if the law took effect"; never one to the speaker's own state
    assert has(evs, "THREATEN", "CAN", "HTI") and not has(evs, "THREATEN", "CAN", "CAN")


def test_agreed_wage_rise_is_a_concession_a_decreed_one_is_not(coder):
    _, evs = events(coder, "The Chilean mining company agreed to raise wages after a week-long strike. "
                           "Peru's government raised the minimum wage by five percent.", title="Wages")
    assert has(evs, "CONCEDE", "CHL")
    assert not has(evs, "CONCEDE", "PER")


def test_weighed_act_and_protest_slogans(coder):
    _, evs = events(coder, "Washington is considering sanctions on Venezuelan oil firms. "
                           "Caracas was not considering withdrawal from the treaty. "
                           "Hundreds of Malians rallied in Bamako, chanting slogans against Algeria.", title="Sanctions")
    assert has(evs, "SANCTION", "USA", "VEN", "hypothetical")
    assert has(evs, "SANCTION", "VEN", None, "negated")
    assert has(evs, "PROTEST", "MLI", "DZA")


def test_named_reproach_is_an_accusation_and_a_name_is_no_event(coder):
    _, evs = events(coder, "Hungary vetoed the aid package on Monday. Warsaw called Hungary's veto a provocation. "
                           "Kenya's president spoke to reporters, calling the unrest an internal matter.", title="Veto")
    assert has(evs, "ACCUSE", "POL", "HUN")
    assert not has(evs, "PROTEST")


def test_unnamed_passive_things_and_blocked_sanctions(coder):
    _, evs = events(coder, "The missiles were launched from an area near the coast. "
                           "China has blocked new U.N. sanctions on North Korea. "
                           "Russia and China voted against it.", title="Korean missiles")
    assert not has(evs, "ASSAULT")
    assert not has(evs, "SANCTION", "UNO")
    assert not has(evs, "REJECT", "CHN", "RUS") and not has(evs, "REJECT", "RUS", "CHN")


def test_background_relative_clauses(coder):
    _, evs = events(coder, "Police in Lima detained a journalist who had criticised the president. "
                           "Officials blamed bandits, the criminal gangs that raid villages in the north.",
                    title="Peru arrests")
    assert has(evs, "COERCE", "PER")
    assert [e[0] for e in evs].count("ACCUSE") == 1   # "blamed", not "had criticised"
    assert [e[0] for e in evs].count("COERCE") == 1   # "detained", not "raid"


def test_their_stands_for_parties_named_together(coder):
    _, evs = events(coder, "Serbia and Croatia agreed on Monday to reopen two border crossings, "
                           "after their interior ministers met in Zagreb.", title="Balkan talks")
    assert has(evs, "CONSULT", "SRB", "HRV")


def test_object_pronoun_is_not_its_own_subject(coder):
    _, evs = events(coder, "Kenyan police arrested six kidnappers on Monday. "
                           "Kenya's interior minister said his ministry ruled out negotiating with them.",
                    title="Kenya kidnapping")
    assert has(evs, "CONSULT", "KEN", None, "negated")


def test_owner_of_seized_object_and_compound_nationalities(coder):
    _, evs = events(coder, "Mali's junta said it had taken control of a gold mine run by a subsidiary of a Canadian company. "
                           "A Bolivian union said it would not join the protests.", title="Sahel mine")
    assert has(evs, "COERCE", "MLI", "CAN")
    assert has(evs, "PROTEST", "BOL", None, "negated")


def test_talks_between_two_parties_and_handing_oneself_in(coder):
    _, evs = events(coder, "Qatar's emir hosted talks between Sudanese and Chadian officials in Doha on Monday. "
                           "The former Peruvian president said he would not hand himself in.", title="Doha talks")
    assert has(evs, "CONSULT", "SDN", "TCD")
    assert has(evs, "CONCEDE", "PER", None, "negated")


def test_agreement_signed_together_is_one_event(coder):
    _, evs = events(coder, "Uruguay and Paraguay signed an agreement on river navigation on Tuesday. "
                           "Brazil and Argentina welcomed the deal.", title="River deal")
    signed = [e for e in evs if e[0] == "SUPPORT" and {e[1], e[2]} == {"URY", "PRY"}]
    assert len(signed) == 1
    assert not has(evs, "SUPPORT", "BRA", "ARG")


def test_no_actor_in_hazards_and_games_and_leaving_a_bloc(coder):
    _, evs = events(coder, "A cyclone killed more than 200 people in Madagascar last week. "
                           "Ghana's national team attacked from the opening whistle and won the match on penalties. "
                           "Niger's junta announced it was withdrawing from the regional bloc.", title="West Africa")
    assert not has(evs, "ASSAULT")
    assert has(evs, "SANCTION", "NER")
    assert not has(evs, "RETREAT")


def test_harm_in_an_accident_told_in_the_passive_has_no_actor(coder):
    _, evs = events(coder, "Nine passengers were killed in a bus crash near Mombasa on Friday. "
                           "Four soldiers were killed in an ambush in Mandera county.", title="Kenya")
    assert [e[0] for e in evs] == ["ASSAULT"]


def test_supporters_storming_a_building_protest(coder):
    _, evs = events(coder, "Supporters of the former Peruvian president stormed Congress in Lima on Sunday.", title="Lima")
    assert has(evs, "PROTEST", "PER")
    assert not has(evs, "ASSAULT")


def test_participles_of_protesters_and_documents(coder):
    _, evs = events(coder, "Ecuadorian police fired tear gas at opposition supporters protesting in Quito against the election results. "
                           "The council of the regional bloc passed a resolution criticising Venezuela.", title="Quito protest")
    assert has(evs, "PROTEST", "ECU")
    assert has(evs, "ACCUSE", None, "VEN")


def test_people_seized_by_non_state_doers_is_abduction(coder):
    _, evs = events(coder, "Ugandan rebels seized five aid workers near the border.")
    assert has(evs, "ASSAULT", "UGA")
    assert not has(evs, "COERCE", "UGA")
    _, evs = events(coder, "Ugandan police seized five suspects. Ugandan rebels seized three trucks.")
    assert has(evs, "COERCE", "UGA")
    assert not has(evs, "ASSAULT", "UGA")


def test_coercion_phrases_of_the_state(coder):
    _, evs = events(coder, "Kenyan police placed the opposition leader under house arrest. "
                           "Uganda's government stripped 30 exiled opponents of their citizenship. "
                           "A Chilean magistrate remanded the suspects in custody.")
    assert has(evs, "COERCE", "KEN")
    assert has(evs, "COERCE", "UGA")
    assert has(evs, "COERCE", "CHL")


def test_forces_boarding_surrounding_and_drilling(coder):
    _, evs = events(coder, "The Japanese navy boarded a Chinese fishing boat.")
    assert has(evs, "COERCE", "JPN", "CHN")
    _, evs = events(coder, "China's military launched large-scale drills around Taiwan on Thursday.")
    assert has(evs, "MOBILIZE", "CHN", "TWN")
    _, evs = events(coder, "Thousands of Kenyan workers staged large-scale protests.")
    assert not has(evs, "MOBILIZE")


def test_describing_an_act_as_a_reproach_is_an_accusation(coder):
    _, evs = events(coder, "Russia's foreign ministry described the Lithuanian closure as a hostile act.")
    assert has(evs, "ACCUSE", "RUS", "LTU")
    _, evs = events(coder, "Doctors Without Borders called the Sudanese strike a flagrant breach of international law.")
    assert has(evs, "ACCUSE", None, "SDN")
    assert not has(evs, "PROTEST")
    _, evs = events(coder, "Kenya's minister described the Ugandan offer as generous.")
    assert not has(evs, "ACCUSE")


def test_a_quoted_name_with_for_is_no_call_for(rules):
    # 'called X "a setback for Y"': the "for" belongs to the name, not to "call for"; a setback is a reproach
    _, evs = events(rules, 'Human Rights Watch called Kenya\'s new security law "a grave setback for press freedom".')
    assert has(evs, "ACCUSE", "NGO", "KEN")
    assert not has(evs, "REQUEST")
    _, evs = events(rules, 'Kenyan President William Ruto called the opposition leader "a traitor to the nation".')
    assert has(evs, "ACCUSE", "KEN", "KEN")
    _, evs = events(rules, "The Kenyan opposition called on Ruto for talks.")
    assert has(evs, "REQUEST", "KEN", "KEN")


def test_refusing_to_recognise_a_given_act_in_the_past_tense_is_a_rejection(rules):
    _, evs = events(rules, "Uganda said it did not recognize Kenya's decision.")
    assert has(evs, "REJECT", "UGA", "KEN")
    assert not has(evs, "SUPPORT")
    _, evs = events(rules, "Uganda said it deplored the step and that it did not recognize Kenya's ruling.")
    assert has(evs, "REJECT", "UGA", "KEN")
    _, evs = events(rules, "Kenya's foreign minister said Kenya did not recognize foreign marriages.")
    assert not has(evs, "REJECT")


def test_forces_freeing_hostages_is_a_rescue(coder):
    _, evs = events(coder, "Nigerian soldiers freed nine teachers held by the rebels.")
    assert has(evs, "AID", "NGA")
    assert not has(evs, "RETREAT")
    _, evs = events(coder, "Nigerian rebels freed nine soldiers.")
    assert has(evs, "RETREAT", "NGA")


def test_released_report_and_generic_doers_are_no_events(coder):
    _, evs = events(coder, "Human Rights Watch said in a report released on Tuesday that Kenyan police killed 40 people.")
    assert not has(evs, "RETREAT")
    assert has(evs, "ASSAULT", "KEN")
    _, evs = events(coder, "Washington approved a $1 billion arms package for Taiwan.")
    assert has(evs, "AID", "USA", "TWN")
    assert not has(evs, "SUPPORT")


def test_a_document_named_before_stands_for_its_issuer(coder):
    _, evs = events(coder, "Human Rights Watch said in a report on Tuesday that Kenyan police killed 40 people. "
                           "The report also accused Kenyan soldiers of torturing detainees. "
                           "Kenya's interior minister dismissed the report as lies.")
    assert has(evs, "ACCUSE", "NGO", "KEN")
    assert has(evs, "REJECT", "KEN", "NGO")


def test_harm_in_a_rebel_ambush_and_legislative_walkout(coder):
    _, evs = events(coder, "Five Nigerian soldiers were killed in a rebel ambush in Borno state.")
    assert has(evs, "ASSAULT", "NGA", "NGA")
    _, evs = events(coder, "Zimbabwean opposition lawmakers walked out of parliament on Thursday.")
    assert has(evs, "PROTEST", "ZWE")
    assert not has(evs, "SANCTION")
    _, evs = events(coder, "The Ugandan army said it would crush anyone who tried to overthrow the government in Juba.")
    assert not has(evs, "COERCE")


def test_a_warning_joined_to_a_reported_clause_is_the_speakers(coder):
    _, evs = events(coder, "Kenyan Interior Minister Kithure Kindiki said on Tuesday that a ban on demonstrations would "
                           "remain in force and warned that the organisers of unauthorised marches would be prosecuted.")
    assert any(e[0] == "THREATEN" and e[4] == "Kithure Kindiki" for e in evs)


def test_a_warning_of_harm_a_thing_will_do_is_no_threat(coder):
    _, evs = events(coder, "Relief groups in Bolivia warned that the flooding of rice fields could push thousands of "
                           "families into debt.")
    assert not has(evs, "THREATEN")
    _, evs = events(coder, "Peru's trade minister warned that the dispute could hurt exporters in both countries.")
    assert not has(evs, "THREATEN")
    _, evs = events(coder, "Peru warned Bolivia that any attempt to divert the river would damage relations.")
    assert has(evs, "THREATEN", "PER")
    _, evs = events(coder, "Peru warned that its navy would damage any vessel that entered the bay.")
    assert has(evs, "THREATEN", "PER")


def test_what_one_receives_from_another_is_the_givers_act(coder):
    _, evs = events(coder, "Chile's president received a phone call from Argentine President Javier Milei on Monday.")
    assert has(evs, "CONSULT", "ARG", "CHL") and not has(evs, "CONSULT", "CHL", "ARG")
    _, evs = events(coder, "Peru's president received calls of support from the leaders of Chile and Ecuador.")
    assert has(evs, "CONSULT", "CHL", "PER") and has(evs, "CONSULT", "ECU", "PER")
    _, evs = events(coder, "Bolivia received emergency aid from Brazil after the floods.")
    assert has(evs, "AID", "BRA", "BOL")
    _, evs = events(coder, "Chile's president received a delegation from Peru.")
    assert has(evs, "CONSULT", "CHL", "PER")   # a host receiving visitors stays the doer


def test_dropping_a_demand_is_a_concession(coder):
    _, evs = events(coder, "Israel dropped its precondition for talks with Hamas.")
    assert has(evs, "CONCEDE", "ISR")
    _, evs = events(coder, "Chile's Codelco dropped its demand that strikers go back to work before talks.")
    assert has(evs, "CONCEDE", "CHL")
    assert not has(evs, "REQUEST")


def test_a_demand_that_someone_act_targets_them(coder):
    _, evs = events(coder, "South Sudan's opposition demanded that Kampala withdraw its forces immediately.")
    assert has(evs, "REQUEST", "SSD", "UGA")


def test_conveying_or_raising_concern_is_disapproval(coder):
    _, evs = events(coder, "Kenya raised concerns with Uganda over the border dispute.")
    assert has(evs, "ACCUSE", "KEN", "UGA")
    _, evs = events(coder, "Japan's foreign ministry said Tokyo had conveyed its serious concern to Beijing.")
    assert has(evs, "ACCUSE", "JPN", "CHN")


@pytest.mark.parametrize("sentence", [
    "The defence ministry did not rule out further air strikes on the rebel camps.",
    "The government has not ruled out closing its border with the neighbouring state of Arvenia.",
])
def test_an_act_not_ruled_out_is_left_open_not_denied(coder, sentence):
    facts = [e.factuality for e in coder.code_text(sentence).events]
    assert facts and all(f == "hypothetical" for f in facts)


def test_an_act_ruled_out_is_still_negated(coder):
    facts = [e.factuality for e in coder.code_text("The defence ministry ruled out air strikes on the rebel camps.").events]
    assert facts and all(f == "negated" for f in facts)


def test_a_reaction_to_an_act_targets_the_doer_of_the_same_act(coder):
    # the latest act of a fitting kind is Japan's deployment; "the launch" names North Korea's launching
    _, evs = events(coder, "North Korea launched two cruise missiles toward the sea on Friday. Japan's defence ministry "
                           "said it had deployed additional destroyers near the peninsula. South Korea condemned the "
                           "launch as a grave provocation.", title="Missile test condemned")
    assert has(evs, "ACCUSE", "KOR", "PRK")
    assert not has(evs, "ACCUSE", "KOR", "JPN")


def test_rejecting_the_accusation_targets_the_accuser(coder):
    # "reject accusation" is one phrase: its own object still names the earlier accusation
    _, evs = events(coder, "Riots spread across Bamako for a third day on Tuesday as Malian police clashed with "
                           "protesters in several districts of the Malian capital. France accused Russia of stoking the "
                           "unrest in Mali. Russia's foreign ministry rejected the accusation as absurd.",
                    title="Riots spread in Bamako")
    assert has(evs, "REJECT", "RUS", "FRA")


def test_a_reaction_skips_the_reacting_sides_own_acts(coder):
    _, evs = events(coder, "Vietnam's foreign ministry demanded that Indonesia free the detained fishermen. Indonesian "
                           "officials asked Hanoi to keep its trawlers out of the zone. Indonesia's maritime minister "
                           "rejected the demand on Monday.", title="Fishing dispute deepens")
    assert has(evs, "REJECT", "IDN", "VNM")


def test_the_party_of_a_phrase_noun_and_of_rulers_named_by_their_seat(coder):
    # "recall ambassador" is one phrase: "to Peru" on its noun names the party
    _, evs = events(coder, "QUITO — Ecuador recalled its ambassador to Peru on Friday and froze talks on a new fisheries "
                           "treaty.", title="Ecuador recalls envoy")
    assert has(evs, "SANCTION", "ECU", "PER")
    assert not has(evs, "SANCTION", "ECU", "ECU")
    _, evs = events(coder, "VILNIUS — Lithuania's interior minister said on Monday that smugglers had flown dozens of "
                           "balloons across the border. She accused the authorities in Minsk of turning a blind eye to "
                           "the flights.", title="Lithuania tightens border")
    assert has(evs, "ACCUSE", "LTU", "BLR")


def test_coordinated_acts_of_one_doer_share_the_named_party(coder):
    _, evs = events(coder, "ACCRA — Ghana's navy seized two Togolese fishing boats and detained their crews off the coast "
                           "on Sunday.", title="Ghana detains trawlers")
    assert has(evs, "COERCE", "GHA", "TGO")
    assert not has(evs, "COERCE", "GHA", "GHA")


def test_later_acts_on_the_same_people_target_their_country(coder):
    _, evs = events(coder, "YANGON — Myanmar's navy arrested 12 Thai fishermen near the maritime border on Monday. A court "
                           "in Kawthaung remanded the 12 in custody on Wednesday.", title="Myanmar holds Thai fishermen")
    assert [e[:3] for e in evs if e[0] == "COERCE"] == [("COERCE", "MMR", "THA")] * 2


def test_released_captives_are_released_by_their_captors(coder):
    _, evs = events(coder, "MANILA — Chinese coast guard officers boarded a Philippine fishing boat near the shoal and "
                           "detained its crew on Tuesday. The crew were released on Friday after questioning.",
                    title="Fishing boat held")
    assert has(evs, "RETREAT", "CHN", "PHL")


def test_the_doers_own_forces_or_envoys_are_no_target(coder):
    _, evs = events(coder, "MANILA — The Philippines recalled its ambassador in Beijing for consultations on Monday, the "
                           "foreign ministry said. Filipino fishermen said Chinese coast guard ships had blocked their "
                           "boats near the shoal. The Philippine government put its navy on alert after Chinese ships "
                           "entered the area. China's foreign ministry said the Chinese ships were on routine patrol. "
                           "Beijing accused Manila of provocations.", title="Ambassador recalled")
    assert has(evs, "SANCTION", "PHL", "CHN")   # the envoy's posting, not the envoy's own country
    assert has(evs, "MOBILIZE", "PHL", "CHN") and not has(evs, "MOBILIZE", "PHL", "PHL")


def test_freeing_demands_missions_and_prompted_acts(coder):
    _, evs = events(coder, "HANOI — Vietnam on Monday demanded the release of nine Vietnamese fishermen detained by "
                           "Chinese coast guard officers near the islands. Hundreds of Vietnamese students protested "
                           "outside the Chinese embassy in Hanoi on Tuesday. Chinese drones flew over a Vietnamese island "
                           "on Wednesday, prompting Hanoi to summon China's ambassador.", title="Fishermen held")
    assert has(evs, "REQUEST", "VNM", "CHN") and not has(evs, "REQUEST", "VNM", "VNM")   # the captors are asked
    assert has(evs, "PROTEST", "VNM", "CHN")   # a protest at a mission is aimed at the country it represents
    assert has(evs, "ACCUSE", "VNM", "CHN") and not has(evs, "ACCUSE", "CHN", "CHN")   # the one prompted summons


def test_questioning_or_charging_with_no_agent_is_the_states(coder):
    _, evs = events(coder, "DODOMA — Tanzanian police arrested the opposition leader on Sunday after a rally. A police "
                           "spokesman said the opposition leader would be charged with incitement.",
                    title="Opposition leader held")
    assert has(evs, "ACCUSE", "TZA", "TZA")
    _, evs = events(coder, "TOKYO — Japan's foreign ministry protested on Monday after Russia detained a Japanese fishing "
                           "boat. Russia's Federal Security Service said the Japanese crew would be questioned in "
                           "Vladivostok.", title="Crew held")
    assert has(evs, "ACCUSE", "RUS", "JPN", "hypothetical")   # the state whose service reports its own inquiry


def test_both_sides_are_the_storys_two_countries(coder):
    _, evs = events(coder, "NEW DELHI — Indian and Pakistani troops exchanged fire along the border on Monday, the Indian "
                           "army said. Pakistan's army said Indian troops fired first. India's defence ministry said "
                           "Pakistani soldiers had crossed the line. Pakistan's foreign ministry summoned India's deputy "
                           "envoy. Local commanders from both sides met on Tuesday and agreed to restore the ceasefire. "
                           "The United Nations urged both sides to show restraint.", title="Border clash")
    assert has(evs, "CONSULT", "IND", "PAK") and has(evs, "AGREE", "IND", "PAK")
    assert has(evs, "REQUEST", "UNO", "IND") and has(evs, "REQUEST", "UNO", "PAK")


def test_both_sides_in_a_story_of_one_country_are_not_the_speaker(coder):
    _, evs = events(coder, "DHAKA — Bangladeshi police fired tear gas at opposition supporters in Dhaka on Sunday. "
                           "Bangladesh's home minister said the strike was illegal. Bangladesh's opposition leader said "
                           "the protests would go on. The United States urged both sides to show restraint.",
                    title="Strike turns violent")
    assert has(evs, "REQUEST", "USA", "BGD") and not has(evs, "REQUEST", "USA", "USA")


def test_a_denial_answers_the_accuser_and_a_joint_statement_has_each_issuer(coder):
    _, evs = events(coder, "ASUNCION — The United States on Monday imposed sanctions on Paraguay's former interior "
                           "minister, accusing him of taking bribes from smugglers. The former minister denied any "
                           "wrongdoing in a radio interview. Paraguay's president said Paraguay's courts would examine "
                           "the case. Paraguayan senators said Paraguay's police had seized smuggled cigarettes. "
                           "Paraguay's opposition called for calm. The French and German embassies issued a joint "
                           "statement urging calm. Paraguay's foreign ministry rejected the statement as interference.",
                    title="Paraguay minister sanctioned")
    assert has(evs, "REJECT", "PRY", "USA") and not has(evs, "REJECT", "PRY", "PRY")
    assert has(evs, "REJECT", "PRY", "FRA") and has(evs, "REJECT", "PRY", "DEU")


def test_a_pronoun_does_not_point_to_any_one_in_particular(coder):
    _, evs = events(coder, "COTONOU — Ghana accused Togo of sheltering rebels. Togo's government rejected the accusation, "
                           "saying Togo had never allowed any armed group to use its territory. In a statement on state "
                           "radio, it also warned that it would respond to any violation of its borders.",
                    title="Border row")
    assert has(evs, "THREATEN", "TGO", "GHA") and not has(evs, "THREATEN", "GHA")


def test_the_home_sides_act_on_people_of_no_named_country_stays_at_home(coder):
    _, evs = events(coder, "TUNIS — Tunisian police broke up an opposition rally on Saturday. Officers at the stadium "
                           "gate detained three reporters who were covering the march.", title="Rally dispersed")
    assert has(evs, "COERCE", "TUN", "TUN") and all(e[2] == "TUN" for e in evs if e[0] == "COERCE")


def test_a_measure_naming_only_the_home_countrys_places_aims_at_the_other_side(coder):
    _, evs = events(coder, "ISLAMABAD — Pakistan on Monday ordered two Indian diplomats to leave the country within a "
                           "week, accusing them of spying. India's foreign ministry called the move baseless. Pakistan "
                           "also suspended the weekly train service between Islamabad and the border. India said it "
                           "would respond. Indian officials said India had not decided on any step.",
                    title="Pakistan expels Indian diplomats")
    assert [e[2] for e in evs if e[0] == "SANCTION"] == ["IND", "IND"]


def test_a_warning_about_a_party_is_aimed_at_it(coder):
    _, evs = events(coder, "TALLINN — Estonia's government said Russian jets had entered its airspace twice this month. "
                           "Estonia's foreign minister summoned Russia's ambassador. Russia's defence ministry warned that "
                           "the arrival of Polish warplanes would be treated as a provocation.", title="Moscow warns")
    assert has(evs, "THREATEN", "RUS", "POL") and not has(evs, "THREATEN", "RUS", "EST")


def test_opening_an_investigation_is_no_reaction_to_an_earlier_one(coder):
    _, evs = events(coder, "ASUNCION — The United States on Monday imposed sanctions on two Paraguayan police commanders, "
                           "accusing them of protecting cigarette smugglers. Paraguay's attorney general said her office "
                           "had opened an investigation into the pair.", title="Commanders sanctioned")
    assert has(evs, "ACCUSE", "PRY", "PRY") and not has(evs, "ACCUSE", "PRY", "USA")


def test_an_envoy_is_recalled_from_the_storys_other_state(coder):
    _, evs = events(coder, "HANOI — Vietnamese soldiers were injured in a clash with Cambodian troops on Monday, Vietnam's "
                           "army said. Vietnam's defence ministry said Vietnam would not escalate. Vietnamese officials "
                           "said Vietnam's border posts were on alert. Vietnam's foreign ministry said talks would go "
                           "ahead. Vietnam has not recalled its ambassador.", title="Border clash")
    assert has(evs, "SANCTION", "VNM", "KHM", "negated") and not has(evs, "SANCTION", "VNM", "VNM")


def test_condemning_a_move_answers_a_hostile_act_not_an_allys_support(coder):
    _, evs = events(coder, "WARSAW — Belarusian military helicopters violated Polish airspace on Monday, Poland's defence "
                           "ministry said. Germany's chancellor expressed support for Poland. Lithuania condemned the "
                           "incursion.", title="Airspace row")
    assert has(evs, "ACCUSE", "LTU", "BLR") and not has(evs, "ACCUSE", "LTU", "DEU")


def test_in_a_story_of_two_countries_the_home_sides_untargeted_act_aims_at_the_other(coder):
    r, evs = events(coder, "BISHKEK — Kyrgyzstan closed the Dostuk border crossing on Tuesday after a shootout between "
                           "Kyrgyz and Tajik border guards, the Kyrgyz border service said. Tajikistan's foreign ministry "
                           "said Kyrgyz guards had fired first. Tajik officials summoned Kyrgyzstan's ambassador in "
                           "Dushanbe. Kyrgyzstan's president said his country would defend every metre of its land. "
                           "Tajikistan's president spoke by phone with Kyrgyzstan's president on Wednesday. Hundreds of "
                           "Kyrgyz villagers rallied in Batken to demand compensation.",
                    title="Kyrgyzstan shuts border post after clash with Tajik guards")
    assert has(evs, "ASSAULT", "KGZ", "TJK")
    assert has(evs, "PROTEST", "KGZ", "KGZ")   # a crowd's protest stays at home


def test_in_a_story_of_two_countries_an_act_on_the_home_sides_own_people_stays_at_home(coder):
    body = ("ALMATY — Kazakhstan halted wheat shipments to Uzbekistan on Monday, the Kazakh trade ministry said. "
            "Uzbekistan's foreign ministry called the halt unlawful and Uzbek officials summoned Kazakhstan's envoy. "
            "Uzbekistan's president said the halt broke a bilateral accord. Kazakh police arrested four men "
            "suspected of burning a warehouse in Shymkent. The Kazakh cabinet agreed to pay wheat growers "
            "compensation for lost sales.")
    _, evs = events(coder, body, title="Kazakhstan halts wheat shipments to Uzbekistan")
    assert has(evs, "COERCE", "KAZ", "KAZ")     # suspects detained at home
    assert not has(evs, "COERCE", "KAZ", "UZB")
    assert not has(evs, "AGREE", "KAZ", "UZB")   # compensation promised to its own growers


def test_a_denial_of_the_states_acts_on_its_own_people_stays_at_home(coder):
    _, evs = events(coder, "LUSAKA — Zambian police arrested an opposition leader on Friday. Britain's foreign office "
                           "said it was concerned by the arrest. The ruling party has denied that the government "
                           "persecutes its critics.",
                    title="Zambian opposition leader arrested")
    assert has(evs, "REJECT", "ZMB", "ZMB")
    assert not has(evs, "REJECT", "ZMB", "GBR")


def test_a_denial_of_harming_civilians_at_home_answers_the_home_side(rules):
    # a gerund ("denied shelling villagers") or an agentless passive ("denied that any civilians were hurt")
    _, evs = events(rules, "NIAMEY — Niger's army said on Sunday it had killed twelve militants near the town of "
                           "Tillaberi. Germany suspended military aid to Niger on Friday. An army spokesman later "
                           "denied that any civilians had been wounded in the raid.",
                    title="Niger army says it killed militants")
    assert has(evs, "REJECT", "NER", "NER")
    assert not has(evs, "REJECT", "NER", "DEU")
    _, evs = events(rules, "ABUJA — Canada sanctioned two Nigerian commanders on Monday. Nigeria's army denied shelling "
                           "villagers in the northeast of Nigeria.",
                    title="Canada sanctions Nigerian commanders")
    assert has(evs, "REJECT", "NGA", "NGA")
    assert not has(evs, "REJECT", "NGA", "CAN")


def test_an_attack_by_fighters_of_a_named_group_is_that_groups(rules):
    # "fighters" alone would be resolved to the earlier "Russian fighters"; "of the X Front" names whose they are
    _, evs = events(rules, "BAMAKO — Russian fighters have been deployed in central Mali since 2021. The army said on "
                           "Monday that its troops had repelled an attack by fighters of the Azawad Liberation Front "
                           "near Kidal.",
                    title="Mali army repels attack")
    assault = [e for e in evs if e[0] == "ASSAULT"]
    assert assault and all(e[4] == "Azawad Liberation Front" for e in assault)
    assert not any(e[1] == "RUS" for e in assault)


def test_the_two_sides_are_the_two_states_of_the_sentence_before_in_order(rules):
    # the story names Bolivia more often, but the sentence before names Chile first
    _, evs = events(rules, "Chile's foreign minister spoke by phone with his Bolivian counterpart on Monday. The two "
                           "sides agreed to set up a joint commission on water rights. Bolivia has complained about "
                           "Chile for years, and Bolivian officials say Bolivia needs access to the sea; Bolivia's "
                           "president visited Bolivia's border posts.",
                    title="Chile and Bolivia to set up water commission")
    assert has(evs, "AGREE", "CHL", "BOL")
    assert not has(evs, "AGREE", "BOL", "CHL")


def test_home_people_are_named_with_no_foreign_country(coder):
    _, evs = events(coder, "ALMATY — Kazakhstan halted wheat shipments to Uzbekistan on Monday. Uzbekistan's foreign "
                           "ministry called the halt unlawful. Uzbek officials summoned Kazakhstan's envoy. Kazakh "
                           "police arrested four Uzbek citizens near the border.",
                    title="Kazakhstan halts wheat shipments to Uzbekistan")
    assert has(evs, "COERCE", "KAZ", "UZB")


def test_in_a_story_of_one_country_an_untargeted_act_stays_at_home(coder):
    _, evs = events(coder, "NAIROBI — Kenyan police fired tear gas at protesters in central Nairobi on Tuesday. Kenya's "
                           "interior minister said the protests were illegal. Kenya's opposition leader said his "
                           "supporters would march again on Thursday. The United States embassy urged calm. Kenyan "
                           "officials said the government would not withdraw the new tax.",
                    title="Kenyan police fire tear gas at tax protesters")
    assert not any(e[1] == "KEN" and e[2] == "USA" for e in evs)


def test_a_part_of_a_group_and_an_act_named_by_its_noun(coder):
    _, evs = events(coder, "COLOMBO — The Sri Lankan navy seized three Indian trawlers off the northern coast on Sunday, "
                           "the navy said. Local fishermen said a navy patrol boat rammed one of the trawlers during the "
                           "chase. Sri Lanka's president praised the navy. Sri Lankan fishing unions welcomed the seizure.",
                    title="Navy holds trawlers")
    assert has(evs, "ASSAULT", "LKA", "IND")
    assert any(e[0] == "SUPPORT" and e[5] == "Sri Lankan navy" for e in evs if e[1] == "LKA" and "union" in (e[4] or ""))


def test_rejecting_a_call_named_by_a_relative_clause_targets_all_its_makers(coder):
    _, evs = events(coder, "The Polish and Czech foreign ministers issued a joint statement on Monday urging Budapest to "
                           "withdraw the media law, a call the Hungarian foreign ministry dismissed as interference.",
                    title="Protest over media law")
    assert has(evs, "REJECT", "HUN", "POL") and has(evs, "REJECT", "HUN", "CZE")


def test_blaming_an_act_on_someone_targets_them_not_the_acts_doer(coder):
    _, evs = events(coder, "Eritrean troops shelled a Sudanese border post on Saturday. A bomb killed nine people at a "
                           "market in Kassala on Sunday. Sudan's government blamed that attack on the Ethiopian army.",
                    title="Border attack")
    assert has(evs, "ACCUSE", "SDN", "ETH")
    assert not has(evs, "ACCUSE", "SDN", "ERI")


def test_people_held_by_the_state_are_released_by_it(coder):
    _, evs = events(coder, "NAIROBI — Twenty protesters held since Friday were released on Monday, Kenya's interior "
                           "ministry said.", title="Protesters freed in Nairobi")
    assert has(evs, "RETREAT", "KEN", "KEN")


def test_a_bomb_with_no_named_attacker_is_the_story_countrys_and_a_car_is_no_country(coder):
    _, evs = events(coder, "MOGADISHU — A car bomb killed nine people at a checkpoint in Mogadishu on Sunday.",
                    title="Blast in Mogadishu")
    assert has(evs, "ASSAULT", "SOM", "SOM")
    assert not any("CAF" in (e[1], e[2]) for e in evs)


# -- lexicon review of verb senses: offers to meet, refusals, denials, claims, doers (sentences written here) ------


def test_offer_to_meet_is_an_asserted_agreement(coder):
    _, evs = events(coder, "Norway said it was ready to host talks between Colombia and Venezuela. "
                           "The Peruvian foreign minister said he would travel to Chile next week for talks.")
    assert has(evs, "AGREE", "NOR", None, "asserted")
    assert has(evs, "AGREE", "PER", "CHL", "asserted")


def test_planned_or_conditional_meeting_stays_hypothetical(coder):
    _, evs = events(coder, "The Lao prime minister plans to travel to Vietnam for talks next month.")
    # a reported plan is a hypothetical meeting (CONSULT, as the annotated sets code it: dev "plans to travel to ...")
    assert has(evs, "CONSULT", "LAO", "VNM", "hypothetical")
    assert not has(evs, "AGREE", "LAO", "VNM", "asserted")


def test_refusing_to_yield_is_a_rejection(coder):
    _, evs = events(coder, "The Zambian finance minister said the government would not scrap the new fuel tax. "
                           "The Gabonese president said he would never step down.")
    assert has(evs, "REJECT", "ZMB", None, "asserted")
    assert has(evs, "REJECT", "GAB", None, "asserted")
    assert not has(evs, "CONCEDE", "ZMB") and not has(evs, "RETREAT", "GAB")


def test_refusing_to_sign_or_back_is_a_rejection_standing_by_is_not(coder):
    _, evs = events(coder, "OSLO (Wire) - Norway said on Monday it would not sign the fisheries agreement with Iceland. "
                           "Denmark will not back the plan, its minister said.")
    assert has(evs, "REJECT", "NOR", "ISL", "asserted") and not has(evs, "SUPPORT", "NOR"), evs
    assert has(evs, "REJECT", "DNK", None, "asserted"), evs
    _, evs = events(coder, "\"Serbia will not stand by while our people are driven from their homes,\" the president said.")
    assert not has(evs, "REJECT", "SRB"), evs


def test_an_attribution_is_no_phrase_word_and_a_charge_dismissed_as_false_is_rejected(coder):
    # "according to" is no "accord" struck; "dismissed the charge as X" rejects the accusation (a court dismissing
    # charges stays a concession)
    _, evs = events(coder, "KHARTOUM (Wire) - Rebel drones struck a fuel depot in the city on Wednesday, knocking out "
                           "power, according to an army spokesman.")
    assert has(evs, "ASSAULT", "SDN") and not has(evs, "SUPPORT"), evs
    _, evs = events(coder, "ASMARA (Wire) - Ethiopia accused Eritrea of arming rebels. Eritrea's information minister "
                           "dismissed the charge as a fabricated pretext for war.")
    assert has(evs, "REJECT", "ERI", "ETH") and not has(evs, "CONCEDE", "ERI"), evs


def test_dissolving_an_assembly_or_a_commission_by_decree_is_coercion(coder):
    _, evs = events(coder, "NIAMEY (Wire) - The president dissolved the opposition-led National Assembly by decree on "
                           "Monday and dissolved the electoral commission a day later.")
    assert sum(1 for e in evs if e[0] == "COERCE" and e[1] == "NER") == 2, evs


def test_a_feeling_about_anothers_act_is_disapproval(coder):
    # "was deeply concerned about X", "was shocked at X", "was disturbed by X": disapproval voiced (PLOVER ACCUSE)
    _, evs = events(coder, "BRUSSELS (Wire) - The European Union said it was deeply concerned about the arrests of "
                           "opposition leaders in Tanzania.")
    assert has(evs, "ACCUSE", "EUR"), evs
    _, evs = events(coder, "OSLO (Wire) - Norway's foreign minister said she was shocked at the shelling of the hospital "
                           "by Sudanese troops.")
    assert has(evs, "ACCUSE", "NOR"), evs


def test_a_mission_a_body_says_it_will_send_is_a_visit_to_come_an_offered_one_an_offer(coder):
    _, evs = events(coder, "ADDIS ABABA (Wire) - The African Union said it would send a high-level mission to Yaounde "
                           "next week.")
    assert has(evs, "CONSULT", "IGO", "CMR", "hypothetical") and not has(evs, "AGREE", "IGO"), evs
    _, evs = events(coder, "ADDIS ABABA (Wire) - The African Union offered to send a fact-finding mission to Juba.")
    assert has(evs, "AGREE", "IGO") and not has(evs, "CONSULT", "IGO"), evs


def test_ruling_out_an_act_parsed_as_an_adverbial_clause_negates_it(coder):
    # the small model hangs "reopening" on "ruled out" as an adverbial clause: still the act ruled out, negated
    _, evs = events(coder, "SANTO DOMINGO (Wire) - The president ruled out reopening the crossing in the coming days.")
    assert has(evs, "RETREAT", "DOM", None, "negated") and not has(evs, "RETREAT", "DOM", None, "asserted"), evs
    # a ruling-out with no act of ours inside it is the refusal itself
    _, evs = events(coder, "PRISTINA (Wire) - The Kosovo minister ruled out returning the building to the Serbian company.")
    assert has(evs, "REJECT", "XKX"), evs


def test_the_protest_police_answered_is_told_in_its_relative_clause(coder):
    # "fired tear gas at farmers who had blocked the highways": the blockade is an event of its own (PROTEST);
    # "a journalist who had criticised the junta" stays background
    _, evs = events(coder, "ASUNCION (Wire) - Police fired tear gas at farmers who had blocked three of the country's "
                           "main highways.")
    assert has(evs, "PROTEST", "PRY") and has(evs, "ASSAULT", "PRY"), evs
    _, evs = events(coder, "ASUNCION (Wire) - Police detained a journalist who had criticised the government.")
    assert not has(evs, "ACCUSE"), evs


def test_seeing_no_need_is_a_stated_refusal(coder):
    _, evs = events(coder, "Vietnam sees no need for outside mediation in the dispute, its foreign ministry said.")
    assert has(evs, "REJECT", "VNM", None, "asserted")
    _, evs = events(coder, "Vietnam sees a need for new rules on fishing.")
    assert not has(evs, "REJECT")


def test_refusing_to_comply_or_pay_a_fine_is_a_rejection_a_fine_paid_is_no_event(coder):
    _, evs = events(coder, "The Malawian broadcaster said it would not pay the fine imposed by the regulator. "
                           "Albania's opposition party said it would not comply with the court order.")
    assert has(evs, "REJECT", "MWI", None, "asserted")
    assert has(evs, "REJECT", "ALB", None, "asserted")
    _, evs = events(coder, "The trawler was released after its owner paid a fine to the Moroccan navy.")
    assert not has(evs, "CONCEDE")


def test_not_withdrawing_troops_stays_a_negated_withdrawal(coder):
    _, evs = events(coder, "Chad said it would not withdraw its troops from the border with Sudan.")
    assert has(evs, "RETREAT", "TCD", None, "negated")
    assert not has(evs, "REJECT", "TCD")


def test_promise_in_a_reported_clause_is_not_an_accusation(coder):
    _, evs = events(coder, "Diplomats in Cairo said Qatar would fund new schools in Sudan.")
    assert not has(evs, "ACCUSE")
    assert has(evs, "AID", "QAT")
    _, evs = events(coder, "Kenya said Somalia was financing attacks on its border towns.")
    assert has(evs, "ACCUSE", "KEN", "SOM")


def test_call_for_a_party_to_act_is_a_request_to_that_party(coder):
    _, evs = events(coder, "The Iranian foreign minister called for the United States to leave the Gulf.")
    assert has(evs, "REQUEST", "IRN", "USA", "asserted")
    _, evs = events(coder, "The Malian junta called for France to withdraw its troops.")
    assert has(evs, "REQUEST", "MLI", "FRA")
    assert not has(evs, "RETREAT")   # what is asked for did not happen


def test_naming_an_act_with_a_reproach_in_one_noun_phrase(coder):
    _, evs = events(coder, "The Polish president called the Russian decision \"blackmail\" on Monday.")
    assert has(evs, "ACCUSE", "POL", None, "asserted")
    _, evs = events(coder, "The Greek minister described the Turkish deployment as \"an armed rebellion\".")
    assert has(evs, "ACCUSE", "GRC", "TUR", "asserted")


def test_a_name_of_ones_own_in_quotation_marks_judges_the_act(coder):
    # a quoted name holding no listed reproach word still judges the act named ...
    _, evs = events(coder, "WARSAW (Wire) - Poland's foreign minister called the Hungarian veto \"a gift to the "
                           "Kremlin\" on Monday.", title="Veto row")
    assert has(evs, "ACCUSE", "POL", "HUN", "asserted"), evs
    _, evs = events(coder, "BISHKEK (Wire) - A press freedom group called the raids by Kyrgyz police \"a new low\".",
                    title="Raids")
    assert has(evs, "ACCUSE"), evs
    # ... unless it is a word of praise or a plain account of a measure
    _, evs = events(coder, "WARSAW (Wire) - Poland's foreign minister called the Hungarian offer \"a historic "
                           "opportunity\" on Monday.", title="Offer")
    assert not has(evs, "ACCUSE"), evs
    _, evs = events(coder, "BUJUMBURA (Wire) - Burundi's army spokesman described the pullback from Uvira as \"a "
                           "tactical repositioning\".", title="Pullback")
    assert not has(evs, "ACCUSE"), evs
    _, evs = events(coder, "PYONGYANG (Wire) - Kim Jong Un called the soldiers \"heroes\".", title="Soldiers")
    assert not has(evs, "ACCUSE"), evs   # honour given to people


def test_naming_an_act_with_a_word_of_the_wider_reproach_list(coder):
    # words from reproaches.tsv marked "named": a reproach only after a verb of naming
    _, evs = events(coder, "The Chilean government called the ruling \"cruel and vindictive\".")
    assert has(evs, "ACCUSE", "CHL", None, "asserted")
    _, evs = events(coder, "Peru's president called Bolivia's decision \"a dangerous step\" for the region.")
    assert has(evs, "ACCUSE", "PER", "BOL")
    # "as" parsed on the adjective, and the name parsed as a second object
    _, evs = events(coder, "Nigeria's foreign ministry described the Chadian raid as disproportionate.")
    assert has(evs, "ACCUSE", "NGA")
    _, evs = events(coder, "Serbia's president branded the protests a foreign-funded coup attempt.")
    assert has(evs, "ACCUSE", "SRB")
    # praise and neutral description are no reproach, and a "named" word alone is no accusation
    _, evs = events(coder, "The minister described the talks as constructive.")
    assert not has(evs, "ACCUSE")
    _, evs = events(coder, "The Chilean minister said the situation at the border was dangerous.")
    assert not has(evs, "ACCUSE")


def test_a_quoted_judgment_in_a_reported_clause_takes_the_wider_reproach_list(coder):
    _, evs = events(coder, "Judges in Tunisia sentenced 20 Italian activists on Monday. Italy said the sentences were "
                           "\"pure vengeance\".")
    assert has(evs, "ACCUSE", "ITA", "TUN")
    # unquoted, a "named" word is the story's description, not the speaker's judgment
    _, evs = events(coder, "Judges in Tunisia sentenced 20 Italian activists on Monday. Italy said the sentences were "
                           "harsh and the situation was dangerous.")
    assert not has(evs, "ACCUSE")


def test_a_passive_harm_in_an_attack_a_states_word_names_is_that_states(coder):
    _, evs = events(coder, "Five Sudanese villagers were killed during a Chadian army raid on Monday.")
    assert has(evs, "ASSAULT", "TCD", "SDN")
    _, evs = events(coder, "Ukraine said two Ukrainian medics were killed in a Russian drone strike near Sumy.")
    assert has(evs, "ASSAULT", "RUS", "UKR")


def test_word_senses_of_fire_seek_and_approve(coder):
    # firing an office-holder is no shooting; seeking a term of office is no request; approving money is aid
    _, evs = events(coder, "Kenya's president fired his interior minister on Monday after the protests.")
    assert not has(evs, "ASSAULT")
    _, evs = events(coder, "Kenyan police fired on protesters in Nairobi on Monday.")
    assert has(evs, "ASSAULT", "KEN")
    _, evs = events(coder, "Uganda's president, who has ruled since 1986, is seeking a seventh term.")
    assert not has(evs, "REQUEST")
    _, evs = events(coder, "The European Union approved 50 million euros in emergency funding for Mozambique.")
    assert has(evs, "AID", "EUR", "MOZ")


def test_threat_formula_list_rejects_an_unknown_target(tmp_path):
    from importlib import resources
    from eventwire.errors import DataFileError
    from eventwire.lexicon import Triggers
    data = resources.files("eventwire").joinpath("data")
    for name in ("triggers.tsv", "plover.tsv", "claim_verbs.tsv", "reproaches.tsv"):
        (tmp_path / name).write_text(data.joinpath(name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "threat_formulas.tsv").write_text("verb\tvoice\tobjects\ttarget\tnote\npay\tactive\tprice\tsubject\t\n"
                                                  "rue\tactive\t-\tsomeone\t\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="threat_formulas.tsv: row 3 .*rue"):
        Triggers.load(tmp_path)


def test_a_set_phrase_threat_with_no_threat_verb_is_a_threat_to_the_aggressor(coder):
    """ "any misadventure ... will be met with a befitting response": aimed at the doer of the latest attack."""
    _, evs = events(coder, "Pakistani troops shelled Indian border posts in the Poonch sector overnight, the Indian army "
                           "said. The army said any misadventure would be met with a befitting response.",
                    title="Shelling on the Line of Control")
    assert ("THREATEN", "IND", "PAK") in {e[:3] for e in evs}, evs


def test_reproach_list_rejects_an_unknown_scope(tmp_path):
    from importlib import resources
    from eventwire.errors import DataFileError
    from eventwire.lexicon import Triggers
    data = resources.files("eventwire").joinpath("data")
    for name in ("triggers.tsv", "plover.tsv", "claim_verbs.tsv", "threat_formulas.tsv"):
        (tmp_path / name).write_text(data.joinpath(name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "reproaches.tsv").write_text("word\twhere\tnote\nsham\tany\t\nfolly\tsometimes\t\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="reproaches.tsv: row 3 .*folly"):
        Triggers.load(tmp_path)
    (tmp_path / "reproaches.tsv").write_text("word\twhere\tnote\nsham\tany\t\nfolly\tnamed\t\n", encoding="utf-8")
    t = Triggers.load(tmp_path)
    assert t.reproaches == {"sham"} and t.named_reproaches == {"sham", "folly"}


def test_handing_over_people_described_by_a_participle(coder):
    _, evs = events(coder, "Moroccan police handed over two men arrested in Tangier to Spanish authorities on Friday.")
    assert has(evs, "COOPERATE", "MAR", "ESP")


def test_call_and_what_was_said_in_it_are_two_events(coder):
    _, evs = events(coder, "The Chilean president phoned Peruvian President Mendoza to express his \"full support\".")
    assert has(evs, "CONSULT", "CHL", "PER")
    assert has(evs, "SUPPORT", "CHL", "PER")


def test_threat_told_of_its_target(coder):
    _, evs = events(coder, "The Iranian foreign minister said Israel would pay a heavy price for the strike.")
    assert has(evs, "THREATEN", "IRN", "ISR", "asserted")
    _, evs = events(coder, "\"The Lithuanian authorities will face the consequences,\" the Belarusian president said.")
    assert has(evs, "THREATEN", "BLR", "LTU", "asserted")
    _, evs = events(coder, "Pakistan said India had paid a high price for its grain imports.")
    assert not has(evs, "THREATEN")   # a past cost, not a threat


# -- second lexicon review: denials, refusals, sources (sentences written for these tests) ---------------------------

def test_denial_of_a_clause_without_an_act_is_a_rejection(coder):
    _, evs = events(coder, "The Zambian finance ministry denied that any donor funds had been misplaced.")
    assert has(evs, "REJECT", "ZMB", None, "asserted")
    _, evs = events(coder, "The Malian army denied sheltering the smugglers.")
    assert has(evs, "REJECT", "MLI", None, "asserted")
    _, evs = events(coder, "Niger denied allowing fighters to cross into Mali.")
    assert not has(evs, "REJECT")     # an allowing act is negated, not rejected
    _, evs = events(coder, "The Turkish army denied that its jets had shelled Syrian villages.")
    assert has(evs, "REJECT", "TUR") and has(evs, "ASSAULT", "TUR", "SYR", "negated")   # the claim rejected, its act negated


def test_cannot_accept_is_a_refusal(coder):
    _, evs = events(coder, "The Bolivian foreign minister said La Paz cannot accept the conditions set by Chile.")
    assert has(evs, "REJECT", "BOL", None, "asserted")
    _, evs = events(coder, "Kenya's president said he can't accept the Ugandan proposal.")
    assert has(evs, "REJECT", "KEN", None, "asserted")
    assert not has(evs, "AGREE")


@pytest.mark.parametrize("body", [
    "Hundreds of Peruvian demonstrators tried to storm the congress building in Lima.",   # doer of the governing verb
    "The town hall in Cochabamba was stormed by Bolivian villagers.",                      # a passive agent
    "A crowd of Ecuadorian youths stormed the provincial assembly in Guayaquil.",
])
def test_civilians_storming_a_building_protest(coder, body):
    _, evs = events(coder, body)
    assert has(evs, "PROTEST") and not has(evs, "ASSAULT")


def test_help_promised_on_a_condition_is_hypothetical(coder):
    _, evs = events(coder, "Norway said it would deploy a medical team to Chile if Santiago asked for one.")
    assert has(evs, "AID", "NOR", None, "hypothetical")
    assert not has(evs, "AGREE", "NOR")
    _, evs = events(coder, "Norway said it would deploy a medical team to Chile.")
    assert has(evs, "AGREE", "NOR", None, "asserted")   # an unconditional promise of help


def test_parties_opposed_to_someone_is_no_event(coder):
    _, evs = events(coder, "Parties opposed to the Bolivian president won a majority in the senate.")
    assert not has(evs, "ACCUSE")
    _, evs = events(coder, "Bolivia's senate opposed the Chilean proposal.")
    assert has(evs, "ACCUSE", "BOL", "CHL")   # a finite "opposed" with an object is still opposition


@pytest.mark.parametrize("body", [
    "Poland called the Belarusian decision cynical and illegal.",      # the reproach is the second of two words
    "Colombia called the Venezuelan verdict a travesty.",
    "Poland called the Belarusian border closure brazen.",
])
def test_reproach_naming_another_partys_act(coder, body):
    _, evs = events(coder, body)
    assert has(evs, "ACCUSE")


def test_being_on_strike_names_the_strikers(coder):
    _, evs = events(coder, "Detained Bahraini activists have been on hunger strike since May.")
    assert has(evs, "PROTEST", "BHR")
    _, evs = events(coder, "The Kenyan opposition leader has been in custody since May on terrorism charges.")
    assert not has(evs, "ACCUSE", "KEN")   # only a protest or a deployment one is "on"


def test_both_sides_act_each_on_the_other(coder):
    _, evs = events(coder, "Armenian troops clashed with Azerbaijani soldiers near the border on Tuesday. "
                           "Both sides disengaged from the ridge on Friday, Armenia and Azerbaijan said.")
    assert has(evs, "RETREAT", "ARM", "AZE") and has(evs, "RETREAT", "AZE", "ARM")


@pytest.mark.parametrize("body", [
    "The foreign ministers of Uruguay and Paraguay spoke by phone on Monday.",
    "Uruguay and Paraguay have quarrelled over a river dam for months. "
    "The two countries' foreign ministers spoke by phone on Monday.",
])
def test_ministers_of_two_countries_consult(coder, body):
    _, evs = events(coder, body)
    assert has(evs, "CONSULT", "URY", "PRY") or has(evs, "CONSULT", "PRY", "URY")


# -- lexicon: phrasal verbs and senses added in the recall review (sentences written for these tests) ----------------

@pytest.mark.parametrize("body, plover, src, tgt", [
    ("A Chinese coast guard cutter backed off when a Philippine frigate approached the shoal.", "RETREAT", "CHN", None),
    ("The Greek opposition leader was bundled into an unmarked car by Turkish police in Istanbul.", "COERCE", "TUR", "GRC"),
    ("Demonstrators threw eggs at the Serbian president's motorcade in Novi Sad.", "PROTEST", None, None),
    ("Striking Nigerian workers burned tyres outside the ministry in Abuja.", "PROTEST", "NGA", None),
    ("Kenyan rioters set tyres ablaze on the main road to Nairobi.", "PROTEST", "KEN", None),
    ("Peruvian farmers set police vehicles ablaze in Cusco.", "ASSAULT", "PER", None),
    ("Moscow disputed the Ukrainian claim, saying no Russian jets had flown over the city.", "REJECT", "RUS", None),
    ("The Turkish military said its troops neutralised nine Kurdish militants in northern Syria.", "ASSAULT", "TUR", None),
    ("Jihadist fighters overran a Burkinabe army outpost near Djibo.", "ASSAULT", None, "BFA"),
    ("The Libyan coast guard intercepted 200 migrants off Zuwara.", "COERCE", "LBY", None),
    ("France has been renegotiating its migration accord with Algeria since March.", "CONSULT", "FRA", "DZA"),
    ("The Moroccan navy dispatched two corvettes to the Strait of Gibraltar.", "MOBILIZE", "MAR", None),
    ("The U.S. Treasury added four Iranian generals to its sanctions list.", "SANCTION", "USA", "IRN"),
    ("Canada sent military planes to evacuate Canadian citizens from Lebanon.", "AID", "CAN", None),
])
def test_phrasal_and_sense_rows_of_the_recall_review(coder, body, plover, src, tgt):
    _, evs = events(coder, body)
    assert has(evs, plover, src, tgt), evs


def test_backing_off_is_not_backing(coder):
    _, evs = events(coder, "A Chinese coast guard cutter backed off when a Philippine frigate approached the shoal.")
    assert not has(evs, "SUPPORT")


def test_regret_for_ones_own_act_is_an_apology_and_for_anothers_a_reproach(coder):
    _, evs = events(coder, "Indonesia's foreign ministry said it regretted the incident at the border.")
    assert has(evs, "CONCEDE", "IDN")
    _, evs = events(coder, "Germany regretted Hungary's decision to block the aid package.")
    assert has(evs, "ACCUSE", "DEU", "HUN")
    assert not has(evs, "CONCEDE", "DEU")


def test_disputed_territory_and_contested_elections_are_not_rejections(coder):
    _, evs = events(coder, "Armenian and Azerbaijani troops exchanged fire over the disputed territory. "
                           "Three Kenyan parties contested the election.")
    assert not has(evs, "REJECT")


def test_an_intercepted_missile_is_not_coercion(coder):
    _, evs = events(coder, "Israeli air defences intercepted a missile fired from Yemen.")
    assert not has(evs, "COERCE")


def test_giving_money_is_aid_and_giving_a_speech_is_nothing(coder):
    _, evs = events(coder, "Japan gave the Philippines 30 million dollars for coast guard vessels.")
    assert has(evs, "AID", "JPN", "PHL")
    _, evs = events(coder, "The Japanese prime minister gave a speech in Manila.")
    assert not has(evs, "AID")


def test_future_legal_proceedings_are_a_threat(coder):
    _, evs = events(coder, "The European Commission said it could open infringement proceedings against Hungary.")
    assert has(evs, "THREATEN", "EUR", "HUN")


def test_a_standing_commitment_to_an_ally_is_support(coder):
    _, evs = events(coder, "The United States reaffirmed its commitment to the defence of the Philippines.")
    assert has(evs, "SUPPORT", "USA", "PHL")
    assert not has(evs, "AGREE")


def test_standing_behind_an_ally_targets_the_ally(coder):
    _, evs = events(coder, "France stands firmly behind Armenia, the French foreign minister said.")
    assert has(evs, "SUPPORT", "FRA", "ARM")


@pytest.mark.parametrize("body, plover, src, tgt", [
    ("Senegalese police apprehended four Malian smugglers near Kidira.", "COERCE", "SEN", "MLI"),
    ("Russian artillery pounded Ukrainian positions near Kupiansk.", "ASSAULT", "RUS", "UKR"),
    ("Striking Kenyan nurses picketed the Ministry of Health in Nairobi.", "PROTEST", "KEN", None),
    ("Iran spurned the French offer of talks.", "REJECT", "IRN", None),
    ("The Zambian government climbed down on its plan to tax mobile money.", "CONCEDE", "ZMB", None),
    ("Amnesty International decried the arrests of Ugandan journalists.", "ACCUSE", None, "UGA"),
    ("Russia kicked out two Estonian diplomats on Friday.", "SANCTION", "RUS", "EST"),
    ("Ethiopia outlawed the Tigrayan party.", "COERCE", "ETH", None),
    ("Armenia and Azerbaijan swapped prisoners on Tuesday.", "RETREAT", None, None),
    ("Turkey redeployed troops to the Syrian border.", "MOBILIZE", "TUR", None),
])
def test_more_wire_verbs_of_the_recall_review(coder, body, plover, src, tgt):
    _, evs = events(coder, body)
    assert has(evs, plover, src, tgt), evs


def test_pounding_needs_an_armed_doer(coder):
    _, evs = events(coder, "Heavy rain pounded the Kenyan coast on Monday.")
    assert not has(evs, "ASSAULT")


def test_looting_by_crowds_is_rioting_and_by_soldiers_an_assault(coder):
    _, evs = events(coder, "Angry crowds looted shops in central Nairobi on Tuesday.")
    assert has(evs, "PROTEST", "KEN") and not has(evs, "ASSAULT")
    _, evs = events(coder, "Sudanese soldiers looted homes in El Geneina.")
    assert has(evs, "ASSAULT", "SDN") and not has(evs, "PROTEST")


def test_a_walkout_is_a_protest_and_walking_out_of_talks_a_sanction(coder):
    _, evs = events(coder, "Zambian opposition lawmakers walked out before the budget vote.")
    assert has(evs, "PROTEST", "ZMB") and not has(evs, "SANCTION")
    _, evs = events(coder, "The Iranian delegation walked out of the talks with the United States in Vienna.")
    assert has(evs, "SANCTION", "IRN", "USA")


def test_offering_no_evidence_is_not_an_offer(coder):
    _, evs = events(coder, "The Russian minister accused Ukraine of sabotage without offering evidence.")
    assert has(evs, "ACCUSE", "RUS", "UKR") and not has(evs, "AGREE")


def test_hosting_bases_or_a_tournament_is_not_a_meeting(coder):
    _, evs = events(coder, "Djibouti hosts French and American military bases. Qatar hosted the World Cup in 2022.")
    assert not has(evs, "CONSULT")


def test_a_named_treaty_is_not_an_event(coder):
    _, evs = events(coder, "Both Chile and Peru are parties to the Ottawa treaty banning landmines.")
    assert not has(evs, "SUPPORT")


def test_vowing_to_keep_fighting_is_a_threat(coder):
    _, evs = events(coder, "The Sudanese rebel commander vowed to keep fighting the army.")
    assert has(evs, "THREATEN") and not has(evs, "AGREE")


@pytest.mark.parametrize("body, plover, src, tgt", [
    ("Germany airlifted tents and medical supplies to Libya after the floods.", "AID", "DEU", "LBY"),
    ("Kazakhstan shipped fuel and food aid to Afghanistan.", "AID", "KAZ", "AFG"),
    ("Britain handed back to Ghana 30 gold artefacts taken in the 19th century.", "RETREAT", "GBR", "GHA"),
    ("The Thai navy returned three seized Cambodian fishing boats.", "RETREAT", "THA", None),
    ("Somali troops recaptured the town of Bulo Burde from al-Shabaab.", "ASSAULT", "SOM", None),
    ("Myanmar's junta dissolved the main opposition party and two trade unions.", "COERCE", "MMR", None),
    ("The World Bank halted aid to Uganda over the new law.", "SANCTION", "IGO", "UGA"),
    ("Argentina and Chile restored full diplomatic representation.", "SUPPORT", None, None),
])
def test_return_shipping_and_retaking_rows(coder, body, plover, src, tgt):
    _, evs = events(coder, body)
    assert has(evs, plover, src, tgt), evs


def test_returning_home_or_dissolving_a_crowd_is_no_event(coder):
    _, evs = events(coder, "The Ghanaian president returned to Accra on Sunday. The rally dissolved peacefully.")
    assert not has(evs, "RETREAT") and not has(evs, "COERCE")


def test_routine_approvals_are_no_support_and_an_approved_loan_is_aid(coder):
    _, evs = events(coder, "Kenya's parliament approved the national budget on Thursday.")
    assert not has(evs, "SUPPORT")
    _, evs = events(coder, "The African Development Bank approved a 200 million dollar loan to Zambia.")
    assert has(evs, "AID", None, "ZMB")


@pytest.mark.parametrize("body, plover", [
    ("The former Zambian president handed himself over to police in Lusaka.", "CONCEDE"),
    ("Peru's president asked for forgiveness from the families of the victims.", "CONCEDE"),
    ("Japan cancelled 1 billion dollars of Myanmar's debt.", "AID"),
    ("Former Colombian rebels burned their weapons at a ceremony in Bogota.", "RETREAT"),
    ("Mali's junta suspended a French radio station on Monday.", "COERCE"),
])
def test_senses_from_the_training_sentences_review(coder, body, plover):
    _, evs = events(coder, body)
    assert has(evs, plover), evs


@pytest.mark.parametrize("body, plover, src, tgt", [
    ("Italian authorities impounded a German charity rescue ship in Lampedusa.", "COERCE", "ITA", None),
    ("Kenyan police sealed off the area around parliament in Nairobi.", "COERCE", "KEN", None),
    ("Turkey halted all trade with Israel on Thursday.", "SANCTION", "TUR", "ISR"),
    ("Yemeni authorities turned away a Saudi aid vessel at the port of Aden.", "REJECT", "YEM", None),
    ("Japan's foreign minister called off a planned meeting with his Chinese counterpart.", "REJECT", "JPN", "CHN"),
    ("Relatives of the jailed Indian fishermen petitioned the Sri Lankan government on Monday.", "REQUEST", None, "LKA"),
    ("India moved additional troops and artillery to its border with China.", "MOBILIZE", "IND", None),
    ("The World Food Programme distributed food rations to Sudanese refugees in Chad.", "AID", "UNO", None),
    ("India extended a new credit line to Sri Lanka.", "AID", "IND", None),
    ("Kazakh prosecutors brought charges against a former Kazakh security chief.", "ACCUSE", "KAZ", None),
])
def test_verbs_from_the_training_sentences_review(coder, body, plover, src, tgt):
    _, evs = events(coder, body)
    assert has(evs, plover, src, tgt), evs


@pytest.mark.parametrize("body, plover", [
    ("Sri Lanka's government relaxed a ban on public gatherings in Colombo.", "CONCEDE"),
    ("Iran's judiciary commuted the death sentence of a young Iranian protester.", "CONCEDE"),
    ("Vietnam's information ministry reinstated the licence of a provincial newspaper.", "CONCEDE"),
    ("Japan's prime minister expressed deep remorse to the Philippines for the wartime occupation.", "CONCEDE"),
    ("Mexico voiced solidarity with Cuba after the collapse of its power grid.", "SUPPORT"),
    ("Nepal's ruling coalition threw its weight behind the Nepali prime minister.", "SUPPORT"),
    ("Saudi Arabia deposited 3 billion dollars in Pakistan's central bank.", "AID"),
    ("Ghanaian and Togolese forces exchanged intelligence on militant movements.", "COOPERATE"),
    ("Nepal and India reached an understanding on border surveys.", "AGREE"),
])
def test_concessions_support_and_cooperation_phrasings(coder, body, plover):
    _, evs = events(coder, body)
    assert has(evs, plover), evs


def test_relaxing_tensions_or_commuting_to_work_is_no_concession(coder):
    _, evs = events(coder, "Kenyan officials tried to relax tensions in Nairobi. Thousands of Kenyans commute to work by bus.")
    assert not has(evs, "CONCEDE")


def test_besieging_is_a_blockade_by_forces_and_a_protest_by_crowds(coder):
    _, evs = events(coder, "Sudanese paramilitary forces besieged the city of Kadugli for months.")
    assert has(evs, "COERCE", "SDN") and not has(evs, "PROTEST")
    _, evs = events(coder, "Angry Nigerian protesters besieged the Ghanaian embassy in Abuja.")
    assert has(evs, "PROTEST", "NGA") and not has(evs, "COERCE")


def test_evacuating_hundreds_of_citizens_is_aid(coder):
    _, evs = events(coder, "Canada sent planes to evacuate hundreds of Canadian citizens stranded in Haiti.")
    assert has(evs, "AID", "CAN") and not has(evs, "RETREAT")


def test_commodity_exports_are_not_aid(coder):
    _, evs = events(coder, "Ukraine shipped three million tonnes of grain to Egypt last month. Russia shipped fuel to India.")
    assert not has(evs, "AID")


def test_granting_refugee_status_or_residence_permits_is_aid(coder):
    _, evs = events(coder, "Chile granted refugee status to a Venezuelan opposition politician.")
    assert has(evs, "AID", "CHL", "VEN") and not has(evs, "CONCEDE")
    _, evs = events(coder, "Costa Rica issued humanitarian residence permits to exiled Nicaraguan journalists.")
    assert has(evs, "AID", "CRI")


@pytest.mark.parametrize("body, plover", [
    ("Rescue workers in Freetown were still searching for survivors on Sunday.", "COERCE"),
    ("Kenyan scientists demonstrated a new method for detecting malaria.", "PROTEST"),
    ("The Ugandan parliament's session was suspended for an hour after a fire alarm.", "SANCTION"),
    ("The Indonesian volcano released a column of ash on Monday.", "RETREAT"),
])
def test_non_political_senses_are_not_coded(coder, body, plover):
    _, evs = events(coder, body)
    assert not has(evs, plover), evs


def test_police_searching_homes_is_still_coercion(coder):
    _, evs = events(coder, "Turkish police searched the homes of Kurdish activists in Diyarbakir.")
    assert has(evs, "COERCE", "TUR")


def test_supplying_commodities_is_trade_and_supplying_drones_is_aid(coder):
    _, evs = events(coder, "Russia supplied oil and gas to China last year.")
    assert not has(evs, "AID")
    _, evs = events(coder, "Iran supplied drones to Russia, Ukrainian officials said.")
    assert has(evs, "AID", "IRN", "RUS")


def test_every_trigger_row_is_well_formed():
    from eventwire.lexicon import Triggers

    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
             "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT"}
    requires = ("", "armed", "future", "insult", "nonstate", "rescuer", "committed", "state", "party",
                "feeling", "negative", "refusal", "undergone", "clause", "own", "active", "recipient", "affirmative",
                "ruled", "offer", "predicate", "expected")
    for rows in Triggers.load().by_head.values():
        for t in rows:
            assert t.plover in types, t
            assert t.cameo.isdigit() and 2 <= len(t.cameo) <= 4, t
            assert t.pos in ("VERB", "NOUN"), t
            assert t.requires in requires or t.requires.startswith(("obj:", "notobj:", "agent:")), t


def test_recalling_an_ambassador_to_a_country_targets_that_country(coder):
    _, evs = events(coder, "Ecuador recalled its ambassador to Mexico for consultations on Monday.")
    assert has(evs, "SANCTION", "ECU", "MEX")


# --- trigger lexicon, round two (h-triggers2) -------------------------------------------------------------------

@pytest.mark.parametrize("body, plover, src, tgt", [
    ("Vietnam lodged solemn representations with China over the ramming of a fishing boat.", "ACCUSE", "VNM", "CHN"),
    ("Thai and Cambodian troops disengaged from the disputed temple area on Friday.", "RETREAT", None, None),
    ("Nepali opposition legislators unfurled a banner in the chamber on Monday.", "PROTEST", "NPL", None),
    ("Peruvian opposition parties filed a motion of no confidence in the cabinet on Monday.", "REQUEST", "PER", None),
    ("Two Belarusian military helicopters violated Polish airspace on Tuesday, Warsaw said.", "MOBILIZE", "BLR", "POL"),
    ("Poland scrambled fighters after the incursion.", "MOBILIZE", "POL", None),
    ("A Moroccan court handed a five-year prison term to the Moroccan blogger.", "SANCTION", "MAR", None),
    ("The UNICEF country team began distributing rice and cooking oil to displaced families in Malawi.", "AID", None, None),
    ("Germany withheld part of its development assistance to Mali last year.", "SANCTION", "DEU", None),
])
def test_second_round_trigger_phrasings(coder, body, plover, src, tgt):
    _, evs = events(coder, body)
    assert has(evs, plover, src, tgt), evs


@pytest.mark.parametrize("body, plover", [
    ("A Ghanaian judge said prosecutors had failed to show that the Ghanaian activists committed any crime.", "AGREE"),
    ("Serbia is testing the patience of its Western partners, a Croatian minister said.", "MOBILIZE"),
    ("Under the contract, the Mongolian miner would supply up to 3 million tonnes of coal a year to China.", "AID"),
])
def test_second_round_non_event_senses(coder, body, plover):
    _, evs = events(coder, body)
    assert not has(evs, plover), evs


def test_deploying_a_rescue_team_is_aid_and_deploying_troops_is_not(coder):
    _, evs = events(coder, "Turkey deployed a search and rescue team to Albania after the earthquake.")
    assert has(evs, "AID", "TUR"), evs
    _, evs = events(coder, "Turkey deployed troops to the Syrian border on Monday.")
    assert not has(evs, "AID"), evs


def test_withdrawing_a_ship_before_a_union_summit_is_no_exit_from_the_union(coder):
    _, evs = events(coder, "Turkey withdrew its drilling ship in October, shortly before a European Union summit on energy.")
    assert not has(evs, "SANCTION"), evs
    _, evs = events(coder, "Mali withdrew from the regional bloc on Sunday.")
    assert has(evs, "SANCTION", "MLI"), evs


def test_moving_drones_and_a_warship_escort_are_mobilization(coder):
    _, evs = events(coder, "Sudan moved combat drones to an air base near the Chadian border on Sunday.")
    assert has(evs, "MOBILIZE", "SDN"), evs
    _, evs = events(coder, "The Chinese survey vessel, escorted by two Chinese destroyers, sailed into waters claimed by Vietnam.")
    assert has(evs, "MOBILIZE", "CHN"), evs


def test_sending_relief_goods_is_aid_and_armed_police_entering_offices_is_coercion(coder):
    _, evs = events(coder, "Japan sent tents, blankets and medicine to Nepal after the earthquake.")
    assert has(evs, "AID", "JPN", "NPL"), evs
    _, evs = events(coder, "Tanzania dispatched food and fuel to Malawi on Tuesday.")
    assert has(evs, "AID", "TZA", "MWI"), evs
    _, evs = events(coder, "Serbian police entered the offices of the Serbian opposition newspaper on Monday.")
    assert has(evs, "COERCE", "SRB"), evs


def test_protesting_outside_a_foreign_embassy_targets_that_country(coder):
    _, evs = events(coder, "Hundreds of Vietnamese fishermen protested outside the Chinese embassy in Hanoi on Sunday.")
    assert has(evs, "PROTEST", "VNM", "CHN"), evs


def test_handing_or_delivering_a_protest_note_is_a_diplomatic_protest(coder):
    _, evs = events(coder, "Lithuania handed a protest note to Belarus's charge d'affaires on Monday.")
    assert has(evs, "ACCUSE", "LTU", "BLR") and not has(evs, "COOPERATE"), evs
    _, evs = events(coder, "Ghana delivered a diplomatic note to Togo over the border incident.")
    assert has(evs, "ACCUSE", "GHA", "TGO") and not has(evs, "AID"), evs


def test_a_video_call_is_a_consultation(coder):
    _, evs = events(coder, "Argentina's president held a video call with his Chilean counterpart on Friday.")
    assert has(evs, "CONSULT", "ARG", "CHL"), evs


@pytest.mark.parametrize("body, src, tgt", [
    ("Colombia said Venezuela was sabotaging the peace talks.", "COL", "VEN"),
    ("Kenya's opposition said Uganda had diverted relief funds meant for refugees.", "KEN", "UGA"),
])
def test_claimed_wrongdoing_in_a_reported_clause_is_an_accusation(coder, body, src, tgt):
    _, evs = events(coder, body)
    assert has(evs, "ACCUSE", src, tgt), evs


def test_voting_to_impeach_is_an_accusation_not_a_vote_against(coder):
    _, evs = events(coder, "Paraguayan senators voted on Monday to open impeachment proceedings against the Paraguayan president.")
    assert not has(evs, "REJECT"), evs
    _, evs = events(coder, "Ecuadorian lawmakers voted to impeach the Ecuadorian interior minister on Tuesday.")
    assert has(evs, "ACCUSE", "ECU"), evs


def test_launching_a_hunger_or_general_strike_is_a_protest(coder):
    _, evs = events(coder, "A jailed Bahraini activist launched a hunger strike in prison last week.")
    assert has(evs, "PROTEST", "BHR") and not has(evs, "ASSAULT"), evs
    _, evs = events(coder, "Nigerian unions launched a nationwide strike on Monday over fuel prices.")
    assert has(evs, "PROTEST", "NGA") and not has(evs, "ASSAULT"), evs


@pytest.mark.parametrize("body, plover", [
    ("An Australian mining firm struck gold at its new site in Western Australia.", "ASSAULT"),
    ("The Kenyan runner conceded ten seconds to the leader on the final lap.", "CONCEDE"),
    ("Nigeria's football federation fined three Lagos clubs for crowd trouble.", "SANCTION"),
    ("Ghana's football association sanctioned the Accra club for crowd violence.", "SANCTION"),
    ("Angry fans invaded the pitch in Lusaka after the final whistle.", "ASSAULT"),
])
def test_sport_and_business_senses_are_no_events(coder, body, plover):
    _, evs = events(coder, body)
    assert not has(evs, plover), evs


def test_a_state_fining_a_firm_and_an_army_striking_a_town_are_still_events(coder):
    _, evs = events(coder, "Russian warplanes struck the Syrian town of Idlib on Monday.")
    assert has(evs, "ASSAULT", "RUS", "SYR"), evs
    _, evs = events(coder, "A Kenyan court fined the Kenyan opposition leader for contempt.")
    assert has(evs, "SANCTION", "KEN"), evs


@pytest.mark.parametrize("body, plover, src", [
    ("The Venezuelan army stationed tanks at the border crossings with Colombia on Sunday.", "MOBILIZE", "VEN"),
    ("Ethiopia and Eritrea resumed trade across their border on Monday.", "COOPERATE", "ETH"),
])
def test_stationing_weapons_and_resuming_trade(coder, body, plover, src):
    _, evs = events(coder, body)
    assert has(evs, plover, src), evs


@pytest.mark.parametrize("body, src, tgt", [
    ("Ghana said it was deeply troubled by Nigeria's decision to close the border.", "GHA", "NGA"),
    ("Kenya said on Friday it was alarmed by Uganda's troop movements.", "KEN", "UGA"),
    ("Mali is concerned by the attacks of Niger on its herders.", "MLI", "NER"),
    ("Chile said it was deeply concerned by Peru's naval exercises.", "CHL", "PER"),
])
def test_a_state_troubled_by_another_accuses_it(coder, body, src, tgt):
    _, evs = events(coder, body)
    assert has(evs, "ACCUSE", src, tgt), evs
    assert not has(evs, "ACCUSE", tgt, src), evs   # the "by" phrase is the target, not the doer


def test_troubling_someone_in_the_active_is_no_accusation(coder):
    _, evs = events(coder, "The fall in cocoa prices alarmed farmers across Ivory Coast.")
    assert not has(evs, "ACCUSE"), evs


def test_denying_that_detainees_were_mistreated_is_a_negated_assault_by_the_denier(coder):
    _, evs = events(coder, "The Zimbabwean police denied that the arrested students had been mistreated in custody.")
    assert has(evs, "ASSAULT", "ZWE", None, "negated"), evs


def test_both_sides_in_a_story_about_one_country_are_its_government_and_rebels(coder):
    body = ("Colombian government negotiators met commanders of a guerrilla army in Bogota on Monday. "
            "The Colombian army said the rebels had attacked two of its posts last week. "
            "Colombia's peace commissioner said the talks were difficult. Both sides agreed to hold another round of "
            "talks in March.")
    _, evs = events(coder, body, title="Colombia talks resume")
    assert has(evs, "AGREE", "COL", "COL"), evs


def test_it_after_a_subject_owned_by_an_actor_is_that_actor(coder):
    body = ("An Ethiopian court jailed twelve opposition activists on Monday. The European Union's diplomatic service "
            "said it was deeply troubled by the verdicts.")
    _, evs = events(coder, body)
    assert has(evs, "ACCUSE", "EUR", "ETH"), evs


def test_the_two_after_two_named_officials_are_their_states(coder):
    body = ("Chile's foreign minister met her Argentine counterpart in Mendoza on Friday, and the two agreed to "
            "reopen the mountain pass to lorries.")
    _, evs = events(coder, body)
    assert has(evs, "AGREE", "CHL", "ARG") or has(evs, "AGREE", "ARG", "CHL"), evs


# -- lex: recall rows (closures of missions, warnings, concern, crowd push-backs, removal from home) -------------------

@pytest.mark.parametrize("body,src,tgt", [
    ("Kenya ordered the closure of Uganda's embassy in Nairobi on Tuesday.", "KEN", "UGA"),
    ("Chad announced the closure of its border with Sudan after the raid.", "TCD", "SDN"),
])
def test_ordering_the_closure_of_a_mission_or_border_is_a_sanction(coder, body, src, tgt):
    _, evs = events(coder, body)
    assert has(evs, "SANCTION", src, tgt), evs


def test_reserving_the_right_to_respond_is_a_threat(coder):
    _, evs = events(coder, "Mexico reserves the right to respond to the Guatemalan decision, the ministry said.")
    assert has(evs, "THREATEN", "MEX"), evs


def test_taking_all_measures_announced_is_a_threat(coder):
    _, evs = events(coder, "Egypt will take all measures to protect its interests against Ethiopia.")
    assert has(evs, "THREATEN", "EGY", "ETH", "asserted"), evs


def test_following_a_situation_with_concern_is_disapproval(coder):
    _, evs = events(coder, "The EU said it was following the situation in Georgia with deep concern.")
    assert has(evs, "ACCUSE", "EUR", "GEO"), evs


def test_police_pushing_protesters_back_is_coercion(coder):
    _, evs = events(coder, "Riot police pushed the protesters back with batons in Tbilisi.")
    assert has(evs, "COERCE", "GEO"), evs


def test_pushing_back_a_deadline_is_no_coercion(coder):
    _, evs = events(coder, "The Georgian parliament pushed the vote back by a week.")
    assert not has(evs, "COERCE"), evs


def test_being_taken_from_home_by_security_officers_is_an_arrest(coder):
    _, evs = events(coder, "The Nigerian journalist was taken from his home by state security agents on Friday.")
    assert has(evs, "COERCE", "NGA"), evs


def test_a_quoted_feeling_with_its_by_phrase_on_the_copula_is_disapproval(coder):
    body = ('Honduran police detained 40 people on Monday. The United Nations said in a statement it was "deeply '
            'concerned" by reports of abuse in prisons and called on the authorities to free them.')
    _, evs = events(coder, body)
    assert has(evs, "ACCUSE", "UNO", "HND"), evs
    assert has(evs, "REQUEST", "UNO", "HND"), evs


def test_gathering_information_is_no_protest(coder):
    _, evs = events(coder, "The Japanese navy sent a ship to gather information near the disputed islands.")
    assert not has(evs, "PROTEST"), evs


def test_a_crowd_gathering_outside_a_building_is_still_a_protest(coder):
    _, evs = events(coder, "Hundreds of Kenyan students gathered outside the parliament on Monday.")
    assert has(evs, "PROTEST", "KEN"), evs


def test_seeking_a_solution_with_another_state_is_negotiation_not_a_request(coder):
    _, evs = events(coder, "Japan said it would keep seeking a solution with Russia through diplomatic channels.")
    assert not has(evs, "REQUEST"), evs
    assert has(evs, "CONSULT", "JPN", "RUS") or has(evs, "AGREE", "JPN", "RUS"), evs


def test_talks_ending_without_a_deal_are_no_sanction_and_leave_the_blame_an_accusation(coder):
    body = ('Talks between Kenya and Uganda ended without a deal on Friday, with Nairobi blaming Kampala\'s '
            '"obstruction" and Uganda saying it would continue.')
    _, evs = events(coder, body)
    assert not has(evs, "SANCTION"), evs
    assert has(evs, "ACCUSE", "KEN", "UGA"), evs


def test_ending_a_cooperation_with_another_state_is_still_a_sanction(coder):
    _, evs = events(coder, "Kenya ended its defence cooperation with Uganda on Monday.")
    assert has(evs, "SANCTION", "KEN", "UGA"), evs


def test_talks_between_two_named_states_with_no_other_doer_are_a_meeting_of_the_two(coder):
    _, evs = events(coder, "Two days of talks between Kenya and Uganda ended without agreement on Friday.")
    assert has(evs, "CONSULT", "KEN", "UGA") or has(evs, "CONSULT", "UGA", "KEN"), evs


def test_calling_another_states_act_unacceptable_in_a_said_clause_is_an_accusation(coder):
    body = ('Russian guards seized a Japanese fishing boat on Monday. A Japanese government spokesman said the '
            'seizure was "unacceptable".')
    _, evs = events(coder, body)
    assert has(evs, "ACCUSE", "JPN", "RUS", "asserted"), evs


def test_saying_another_states_protest_was_unfounded_is_a_rejection(coder):
    body = "Japan lodged a protest with Russia. The Russian embassy said the Japanese protest was \"unfounded\"."
    _, evs = events(coder, body)
    assert has(evs, "REJECT", "RUS", "JPN"), evs


def test_a_reproach_of_something_nobody_did_is_no_accusation(coder):
    _, evs = events(coder, "Chile said the weather in the Andes was unacceptable for flights.")
    assert not has(evs, "ACCUSE"), evs


def test_a_negated_reproach_is_no_accusation(coder):
    _, evs = events(coder, "Norway seized a Russian trawler. Moscow said the seizure was not illegal.")
    assert not has(evs, "ACCUSE", "RUS", "NOR"), evs


def test_a_ruling_called_a_blow_is_an_accusation_against_the_state_whose_court_ruled(coder):
    body = ('A Cambodian court dissolved the main opposition party on Friday. The U.S. Embassy said the ruling was '
            '"a serious blow to democracy" and urged the government to reverse it.')
    _, evs = events(coder, body)
    assert has(evs, "ACCUSE", "USA", "KHM"), evs


def test_inviting_a_party_to_talks_is_a_request_and_a_state_visit_invitation_an_agreement(coder):
    _, evs = events(coder, "Kenya invited Uganda to talks on the border dispute.")
    assert has(evs, "REQUEST", "KEN", "UGA"), evs
    _, evs = events(coder, "Kenya invited the Ugandan president for a state visit.")
    assert has(evs, "AGREE", "KEN", "UGA"), evs
    # an invitation to come and discuss is asked of the guest, like an invitation to talks
    _, evs = events(coder, "Kenya's foreign minister said he had invited his Ugandan counterpart to Nairobi next week.")
    assert has(evs, "REQUEST", "KEN", "UGA") and not has(evs, "AGREE", "KEN", "UGA"), evs
# -- roles: bare offices, "its neighbour", a state's warning of its own answer (helper "roles") ----------------


def test_a_bare_office_serves_the_state_that_was_the_subject_just_before(coder):
    body = ("Malawian police impounded forty Zambian copper lorries near Mchinji on Monday, and Malawi's transport "
            "authority said the drivers lacked permits. Malawi's president defended the move. Malawian officials "
            "said the lorries would stay in Mchinji. Zambia's Foreign Ministry condemned the seizure of the lorries. "
            "The foreign minister demanded that Lilongwe release the lorries within two days.")
    r, evs = events(coder, body, title="Malawi impounds Zambian lorries")
    assert has(evs, "REQUEST", "ZMB", "MWI"), evs
    assert not has(evs, "REQUEST", "MWI"), evs


def test_its_neighbour_is_the_other_state_not_the_accuser(coder):
    body = ("Niger closed its frontier with Benin on Tuesday, accusing its southern neighbour of sheltering the "
            "gunmen who killed twelve Nigerien soldiers at the weekend. Niger's army said it had deployed more "
            "troops near Gaya. Nigerien officials said traders from Niamey were stranded. Niger's interior minister "
            "said the Nigerien border posts would stay shut. Niger's president met army chiefs in Niamey.")
    _, evs = events(coder, body, title="Niger shuts frontier")
    assert has(evs, "ACCUSE", "NER", "BEN"), evs
    assert not has(evs, "ACCUSE", "NER", "NER"), evs


def test_a_warning_that_the_country_will_defend_itself_is_aimed_at_the_other_state(coder):
    body = ("Djibouti recalled its ambassador from Asmara on Monday after Eritrean troops were seen near the "
            "Ras Doumeira hills. Djibouti's army said it had moved artillery north. Djiboutian officials said "
            "talks were frozen, and Djibouti's parliament held an emergency session. The Djiboutian foreign "
            "ministry summoned diplomats. In a televised address, Djibouti's president warned that the country "
            "would \"defend itself by every means\".")
    _, evs = events(coder, body, title="Djibouti recalls envoy")
    assert has(evs, "THREATEN", "DJI", "ERI"), evs
    assert not has(evs, "THREATEN", "DJI", "DJI"), evs


def test_a_demand_to_free_the_requesters_own_nationals_targets_the_party_its_protest_was_lodged_with(coder):
    body = ("SEOUL - South Korea on Friday lodged a protest with China over the detention of a Korean cargo ship "
            "near Dalian, demanding the immediate release of the seven South Korean sailors.")
    _, evs = events(coder, body, title="Seoul protests ship detention")
    assert has(evs, "REQUEST", "KOR", "CHN"), evs
    assert not has(evs, "REQUEST", "KOR", "KOR"), evs


def test_the_two_leaders_after_a_meeting_of_two_states_people_are_those_states(coder):
    body = ("Talks between Kenya, Uganda and Tanzania on the lake fisheries dispute broke down on Sunday. Uganda's "
            "fisheries minister said Uganda would keep its patrols on the lake. Kenyan President William Ruto met "
            "Tanzania's army chief, General Jacob Mkunda, in Nairobi last week, and the two leaders agreed to "
            "coordinate their positions in the talks.")
    _, evs = events(coder, body, title="Lake talks collapse")
    assert has(evs, "AGREE", "KEN", "TZA"), evs
    assert not has(evs, "AGREE", "KEN", "UGA"), evs


def test_the_two_leaders_opening_a_sentence_are_the_two_states_people_of_the_sentence_before(coder):
    body = ("LIMA (Reuters) - Peru on Monday settled a row with Ecuador over fishing rights off their shared coast, "
            "angering Peruvian fishing unions. Peruvian President Dina Boluarte and Ecuadorian President Daniel Noboa "
            "signed the accord in Tumbes after a day of talks. The two leaders also agreed to set up a joint patrol "
            "of the fishing grounds. Peruvian fishermen blocked the port of Paita on Tuesday. Peru's Congress must "
            "still approve the accord, and Peruvian opposition lawmakers said they would vote against it.")
    _, evs = events(coder, body, title="Peru, Ecuador settle fishing row")
    assert has(evs, "AGREE", "PER", "ECU") or has(evs, "AGREE", "ECU", "PER"), evs
    assert not has(evs, "AGREE", "PER", "PER"), evs


@pytest.mark.parametrize("body, title, expected, not_expected", [
    pytest.param("Thousands of people rallied in a square in Bamako on Saturday, some shouting \"Russia, go home!\" "
                 "and holding banners. Malian police watched from a distance.",
                 "Malians rally in Bamako", ("PROTEST", "MLI", "RUS"), None,
                 id="a_slogan_sending_a_country_away_names_the_protest_target"),
    pytest.param("Several hundred students marched toward the Turkish embassy in Baghdad on Friday after the air "
                 "strikes, Iraqi officials said.",
                 "Iraqi students march in Baghdad", ("PROTEST", "IRQ", "TUR"), None,
                 id="a_march_toward_a_foreign_embassy_is_aimed_at_that_state"),
    pytest.param("The World Bank on Tuesday suspended a $400 million loan to Zambia over concerns about its debt "
                 "audit. Zambian officials rejected the bank's concerns as unfounded. South African President Cyril "
                 "Ramaphosa criticized the move as unfair to a developing economy.",
                 "World Bank suspends Zambia loan", ("ACCUSE", "ZAF", "IGO"), ("ACCUSE", "ZAF", "ZMB"),
                 id="the_move_criticised_is_the_latest_deed_not_the_words_said_about_it"),
    pytest.param("Guyana on Monday took its border dispute with Venezuela to the United Nations Security Council. "
                 "Guyanese Foreign Minister Hugh Todd asked the 15-member body to press Caracas to withdraw its troops.",
                 "Guyana takes dispute to UN", ("REQUEST", "GUY", "UNO"), None,
                 id="the_n_member_body_is_the_international_body_named_just_before"),
])
def test_whom_an_act_is_aimed_at(coder, body, title, expected, not_expected):
    _, evs = events(coder, body, title=title)
    assert has(evs, *expected), evs
    assert not_expected is None or not has(evs, *not_expected), evs


def test_a_capital_named_as_a_division_of_the_story_state_is_no_foreign_country(coder):
    body = ("Honduran President Xiomara Castro said on Tuesday that the government would send 3,000 soldiers to "
            "the departments of Santiago and Olancho to hunt down gang members. Honduras declared a state of "
            "emergency in March.")
    _, evs = events(coder, body, title="Honduras sends troops")
    assert has(evs, "MOBILIZE", "HND"), evs
    assert not any(e[0] == "MOBILIZE" and e[2] == "CHL" for e in evs), evs


def test_closing_the_border_with_no_state_named_is_aimed_at_the_other_state(coder):
    body = ("Gunmen from across the frontier raided the Beninese village of Karimama on Sunday. Benin's interior "
            "minister accused Niger of tolerating the gunmen, and said Cotonou had closed the "
            "main border crossing at Malanville until further notice. Benin's president met security chiefs. "
            "Beninese soldiers patrolled the area, and Benin's army said it had killed six of the raiders.")
    _, evs = events(coder, body, title="Benin closes crossing")
    assert has(evs, "SANCTION", "BEN", "NER") or has(evs, "COERCE", "BEN", "NER"), evs
    assert not has(evs, "SANCTION", "BEN", "BEN"), evs


def test_an_agentless_state_act_under_a_countrys_law_is_that_states(coder):
    body = ("TOKYO - Japan protested to China on Monday over the seizure of a Japanese squid boat near the "
            "disputed islands. Under Chinese law, the vessel could be confiscated, Japanese officials said.")
    _, evs = events(coder, body, title="Japan protests boat seizure")
    assert any(e[0] in ("COERCE", "SANCTION") and e[1] == "CHN" for e in evs), evs
    assert not any(e[0] in ("COERCE", "SANCTION") and e[1] == "JPN" and e[2] == "JPN" for e in evs), evs


def test_saying_anothers_protest_was_unfounded_is_a_rejection_of_it(coder):
    body = ("SEOUL - South Korea lodged a protest with China on Monday over the detention of a Korean trawler near "
            "the Yellow Sea boundary. A Chinese foreign ministry spokesman said Seoul's protest was \"groundless\" "
            "and that the trawler had fished illegally.")
    _, evs = events(coder, body, title="Seoul protests trawler detention")
    assert has(evs, "REJECT", "CHN", "KOR"), evs
    assert not has(evs, "PROTEST", "KOR", "KOR"), evs   # "Seoul's protest" names the earlier act


def test_saying_a_plan_was_unfounded_is_no_rejection_of_a_verbal_act(coder):
    _, evs = events(coder, "Chile's finance minister said the budget forecast was unfounded.")
    assert not has(evs, "REJECT"), evs


def test_the_bloc_is_the_union_named_just_before(coder):
    body = ("Venezuela's government condemned the European Union on Monday. Venezuelan officials said Caracas had "
            "recalled its envoy and accused the bloc of meddling in the election.")
    _, evs = events(coder, body, title="Venezuela recalls envoy")
    accused = [e for e in evs if e[0] == "ACCUSE" and e[4] == "Venezuelan officials"]
    assert accused and accused[0][2] == "EUR", evs


def test_refusing_to_lift_the_ban_targets_the_party_its_earlier_mention_names(coder):
    body = ("Polish farmers blocked roads across Poland on Monday. Polish police said the protests were peaceful, "
            "and Polish officials met farm leaders in Warsaw. The protesters want the Polish government to keep a "
            "ban on Moldovan apples. Poland's agriculture minister said Poland would not lift the ban.")
    _, evs = events(coder, body, title="Polish farmers block roads")
    assert has(evs, "REJECT", "POL", "MDA"), evs
    assert not has(evs, "REJECT", "POL", "POL"), evs


def test_militant_positions_belong_to_the_storys_one_named_armed_group(coder):
    body = ("Militants of the Mali-based Ansar Dine Sahel attacked a Togolese army post near Dapaong on Sunday, "
            "killing six soldiers. Togolese officials said Togo's army had reinforced its posts in Togo's north, and "
            "Togo's president visited the wounded in Lome. Togolese lawmakers met Togo's defence minister. Togo's "
            "army said its helicopters had struck militant camps near Dapaong the next day.")
    _, evs = events(coder, body, title="Togo army post attacked")
    assert has(evs, "ASSAULT", "TGO", "MLI"), evs
    assert not has(evs, "ASSAULT", "TGO", "TGO"), evs


def test_an_attack_on_a_vehicle_carrying_a_bodys_goods_targets_that_body(coder):
    body = ("Floods cut roads across northern Mozambique last week. A lorry carrying UNICEF medicines was attacked "
            "near Pemba on Tuesday, the agency said.")
    _, evs = events(coder, body, title="Aid lorry attacked")
    assert has(evs, "ASSAULT", None, "UNO"), evs


# -- lex2: lexicon classes found on tests/blind6 (sentences written for these tests) --

def test_a_declared_stop_of_fighting_is_a_ceasefire_retreat(coder):
    _, evs = events(coder, "The Ethiopian army stopped shelling Eritrean positions on Monday.")
    assert has(evs, "RETREAT", "ETH"), evs
    assert not has(evs, "ASSAULT", "ETH", fact="asserted"), evs
    _, evs = events(coder, "Sudan's defence minister told commanders to stop firing at Chadian troops.")
    assert has(evs, "RETREAT", "SDN", "TCD"), evs
    assert not has(evs, "ASSAULT", "SDN", fact="asserted"), evs


def test_shutting_a_crossing_and_halting_exports_are_sanctions(coder):
    _, evs = events(coder, "Uganda shut the border crossing with Rwanda on Friday.")
    assert has(evs, "SANCTION", "UGA", "RWA"), evs
    _, evs = events(coder, "Russia ordered a halt to gas exports to Moldova.")
    assert has(evs, "SANCTION", "RUS", "MDA"), evs


def test_dropping_bombs_is_an_air_assault(coder):
    _, evs = events(coder, "Ukrainian jets dropped bombs on Russian positions near Kharkiv.")
    assert has(evs, "ASSAULT", "UKR", "RUS"), evs


def test_charging_a_fee_and_pressing_an_offensive_are_no_accusation_or_request(coder):
    _, evs = events(coder, "Nigeria's customs service charges a fee for each truck entering from Benin.")
    assert not has(evs, "ACCUSE"), evs
    _, evs = events(coder, "The state oil company raised the fee it charges Kenyan shippers.")
    assert not has(evs, "ACCUSE"), evs
    _, evs = events(coder, "The Indian army pressed its offensive against the rebels in Manipur.")
    assert not has(evs, "REQUEST"), evs


def test_an_appeal_joined_to_a_said_clause_is_the_speakers(coder):
    _, evs = events(coder, "Kenya's foreign ministry said eleven people were injured and called on Uganda to "
                           "refrain from violence.")
    assert has(evs, "REQUEST", "KEN", "UGA"), evs


def test_calling_a_strike_for_a_later_day_is_a_protest_still_to_come(coder):
    _, evs = events(coder, "Peru's opposition called a nationwide strike for Thursday.")
    assert has(evs, "PROTEST", "PER", fact="hypothetical"), evs
    assert not has(evs, "REQUEST"), evs


def test_what_a_party_called_something_is_no_act_of_its_own(coder):
    _, evs = events(coder, "Kenya asked the court to order Uganda to halt what it called a military build-up.")
    assert not has(evs, "MOBILIZE"), evs


def test_a_request_for_comment_is_no_request(coder):
    _, evs = events(coder, "Chile's navy seized a Peruvian trawler. The Chilean navy did not respond to Peru's "
                           "requests for comment.")
    assert not has(evs, "REQUEST"), evs


def test_pushing_back_a_boat_of_migrants_is_coercion(coder):
    _, evs = events(coder, "The Thai navy pushed back a boat carrying 60 Cambodian migrants.")
    assert has(evs, "COERCE", "THA", "KHM"), evs


def test_they_after_coordinated_subjects_gives_one_event_per_party(coder):
    _, evs = events(coder, "Latvia and Finland said they would expel the Russian diplomat.")
    assert any(e[1:3] == ("LVA", "RUS") for e in evs), evs
    assert any(e[1:3] == ("FIN", "RUS") for e in evs), evs


def test_a_dateline_with_a_full_stop_after_the_agency_is_no_source(coder):
    _, evs = events(coder, "Lima, March 4 (EFE).- Chile on Tuesday imposed a 20 percent tariff on Peruvian fruit.")
    assert has(evs, "SANCTION", "CHL", "PER"), evs
    assert not has(evs, "SANCTION", "PER"), evs


def test_denying_a_detainee_visits_or_a_lawyer_is_coercion(coder):
    _, evs = events(coder, "Egyptian prison authorities denied the activist family visits.")
    assert has(evs, "COERCE", "EGY"), evs
    _, evs = events(coder, "Police in Minsk arrested the blogger on Monday. Her lawyer said she had been denied "
                           "access to a lawyer for two days.")
    assert sum(e[0] == "COERCE" for e in evs) == 2 and not has(evs, "REJECT"), evs
    _, evs = events(coder, "Israel denied UN investigators access to the camp.")
    assert has(evs, "REJECT", "ISR", "UNO"), evs


def test_ordering_troops_to_cease_firing_is_no_deployment(coder):
    _, evs = events(coder, "Sudan's army chief ordered soldiers to stop fighting around the capital.")
    assert has(evs, "RETREAT", "SDN") and not has(evs, "MOBILIZE"), evs
    _, evs = events(coder, "The Sudanese army ordered troops into Khartoum on Sunday.")
    assert has(evs, "MOBILIZE", "SDN"), evs


def test_agreeing_to_stop_fighting_is_an_agreement(coder):
    _, evs = events(coder, "Armenia agreed with Azerbaijan to cease hostilities along the border.")
    assert has(evs, "AGREE", "ARM", "AZE") and not has(evs, "CONCEDE"), evs
    _, evs = events(coder, "The rebels agreed to withdraw from the town of Goma.")
    assert has(evs, "CONCEDE"), evs


def test_a_grave_concern_voiced_without_a_by_phrase_is_disapproval(coder):
    _, evs = events(coder, "Sweden's foreign ministry said it was deeply concerned about the arrest of the Turkish "
                           "journalist.")
    assert has(evs, "ACCUSE", "SWE", "TUR"), evs
    _, evs = events(coder, "Residents said they were deeply concerned about the rising price of bread.")
    assert not has(evs, "ACCUSE"), evs


def test_reported_wrongdoing_is_an_accusation(coder):
    _, evs = events(coder, "The Philippine coast guard said a Chinese vessel had entered its territorial waters on Sunday.")
    assert has(evs, "ACCUSE", "PHL", "CHN")
    _, evs = events(coder, "Israel's army said Hezbollah had been rebuilding military infrastructure near the border.")
    assert has(evs, "ACCUSE", "ISR", "LBN")
    _, evs = events(coder, "The Kenyan government said Somali militants had breached the truce.")
    assert has(evs, "ACCUSE", "KEN", "SOM")
    _, evs = events(coder, "Lithuania said Russian aircraft had violated its airspace.")
    assert has(evs, "ACCUSE", "LTU", "RUS") and has(evs, "MOBILIZE", "RUS", "LTU")   # the phrase row stays


def test_saying_that_the_means_of_another_party_were_misused_is_an_accusation(coder):
    _, evs = events(coder, "Poland shut two crossings on Tuesday, saying Belarusian-registered lorries had been used to "
                           "smuggle cigarettes into the country.")
    assert has(evs, "ACCUSE", "POL", "BLR")
    _, evs = events(coder, "Poland said its own lorries had been used to smuggle cigarettes.")
    assert not has(evs, "ACCUSE")


def test_reported_act_named_as_a_violation_targets_its_doer(coder):
    _, evs = events(coder, "Moldova banned imports from Ukraine. A Ukrainian spokeswoman said the ban violated the "
                           "regional trade agreement.")
    assert has(evs, "ACCUSE", "UKR", "MDA")
    _, evs = events(coder, "Iran detained a French teacher. The French foreign ministry said the detention was another "
                           "alarming step.")
    assert has(evs, "ACCUSE", "FRA", "IRN")
    _, evs = events(coder, "A Ukrainian spokeswoman said the Moldovan ban amounted to \"economic aggression\".")
    assert has(evs, "ACCUSE", "UKR", "MDA")
    _, evs = events(coder, "Azerbaijan suspended the pipeline deal on Monday, a move the Armenian government called blackmail.")
    assert has(evs, "ACCUSE", "ARM", "AZE")


def test_wrongdoing_verbs_need_their_objects_and_no_negation(coder):
    for text in ("The Polish army said its troops had been rebuilding bridges near the border.",
                 "Japan said a Chinese ferry had entered the harbour on Sunday.",
                 "Kenya said Ugandan traders had received money from the World Bank.",
                 "Officials said the new Chinese road violated no rules."):
        _, evs = events(coder, text)
        assert not has(evs, "ACCUSE"), text


def test_money_from_abroad_is_an_accusation(coder):
    _, evs = events(coder, "Serbia's media regulator said the opposition newspaper had received money from foreign donors.")
    assert has(evs, "ACCUSE", "SRB", "SRB")


@pytest.mark.parametrize("text, coded, not_coded", [
    # "condemned the aggression": the doer of the earlier attack, not the body asked to act
    ("Israeli jets struck targets near Damascus on Monday, killing three soldiers. Syrian President Bashar Assad "
     "condemned the 'flagrant aggression' and asked the United Nations to act.",
     ("ACCUSE", "SYR", "ISR"), ("ACCUSE", "SYR", "UNO")),
    # "the violation of its sovereignty": the attacker, not the victim's own state
    ("Israeli jets struck targets near Damascus on Monday. Syria condemned the violation of its sovereignty.",
     ("ACCUSE", "SYR", "ISR"), ("ACCUSE", "SYR", "SYR")),
    # a party out of government may call its own government's raid a provocation
    ("Hungarian police raided the offices of an opposition party. The opposition called the operation a provocation.",
     ("ACCUSE", "HUN", "HUN"), None),
    ("Indian troops launched an operation across the Line of Control on Sunday. Pakistan's foreign minister called "
     "the operation a provocation.", ("ACCUSE", "PAK", "IND"), None),
    # "demanded a full investigation": of the act's doer, not of the state that reacted before
    ("Israeli tanks fired on a UN post in south Lebanon, wounding two Ghanaian soldiers. Italy summoned Israel's "
     "ambassador in Rome. Ghana's foreign ministry demanded a full investigation.",
     ("REQUEST", "GHA", "ISR"), ("REQUEST", "GHA", "ITA")),
    # "filed the complaint" with nobody named: the latest act of force
    ("Chinese coast guard vessels rammed a Philippine supply boat near the shoal on Monday. The United Nations said "
     "it was concerned. The Philippine mission to the United Nations filed the complaint late on Tuesday, calling on "
     "the Security Council to act.", ("ACCUSE", "PHL", "CHN"), ("ACCUSE", "PHL", "UNO")),
])
def test_a_reaction_targets_the_doer_of_the_act_it_answers(coder, text, coded, not_coded):
    _, evs = events(coder, text)
    assert has(evs, *coded)
    if not_coded:
        assert not has(evs, *not_coded)


def test_rejecting_what_one_called_interference_targets_the_critic(coder):
    _, evs = events(coder, "Police in Harare detained three opposition lawmakers on Friday. The Southern African "
                           "Development Community urged the Zimbabwean authorities to free the detained lawmakers. "
                           "The foreign ministry in Harare rejected what it called interference in its internal affairs.")
    assert has(evs, "REJECT", "ZWE", "IGO")
    assert not has(evs, "REJECT", "ZWE", "ZWE")


@pytest.mark.parametrize("text, absent, present", [
    # a relative clause in the perfect or the present describes a party, it reports no act of the story
    ("Norway, which has hosted peace talks between Colombia and the ELN, offered on Tuesday to send observers.",
     "hosted", "offered"),
    ("The rebels, who have attacked police posts in Borno for years, freed two hostages on Monday, the Nigerian army said.",
     "attacked", "freed"),
    ("Nigeria's army said it would punish the militants, who are killing villagers in Borno, and deployed 500 troops.",
     "killing", "deployed"),
    # one in the past tells an act of the story
    ("Gunmen, who attacked a police post in Borno state on Monday, killed four officers, the Nigerian army said.",
     None, "attacked"),
    ("Georgia's regulator fined the channel on Friday. The director spoke outside the court in Tbilisi, where several "
     "hundred journalists and supporters had gathered.", None, "gathered"),
])
def test_describing_relative_clause_is_not_an_event(coder, text, absent, present):
    record = coder.code_text(text)
    triggers = {record.article.text[e.trigger[0]:e.trigger[1]] for e in record.events}
    assert present in triggers
    if absent:
        assert absent not in triggers


@pytest.mark.parametrize("text, reaction, absent", [
    # the noun names the act answered; the reaction is the event
    ("Ghana's foreign minister rejected the Togolese criticism on Monday.", "REJECT", "ACCUSE"),
    ("The union in Accra dismissed the Ghanaian government's offer of a pay rise on Monday.", "REJECT", "AGREE"),
])
def test_reacted_to_act_is_not_coded_again(coder, text, reaction, absent):
    types = {e.plover for e in coder.code_text(text).events}
    assert reaction in types and absent not in types


def test_denied_act_is_still_coded_negated(coder):
    record = coder.code_text("Ghana's army denied the attack on the Togolese border post on Monday.")
    assert any(e.plover == "ASSAULT" and e.factuality == "negated" for e in record.events)


def test_standing_refusal_to_recognise_is_reject(coder):
    record = coder.code_text("Belgrade does not recognise Kosovo's declaration of independence.")
    assert [(e.plover, e.factuality, e.source_country, e.target_country) for e in record.events] == [
        ("REJECT", "asserted", "SRB", "XKX")]
    # a recognition that did not happen once stays a negated act
    record = coder.code_text("Armenia did not recognise the vote in Stepanakert on Monday.")
    assert all(e.plover != "REJECT" for e in record.events)


def test_participle_recalling_an_earlier_act_is_not_coded(coder):
    text = ("Ghanaian police arrested four Togolese traders in Aflao on Monday. "
            "On Friday Ghana released the four traders arrested at the border market, the ministry said.")
    record = coder.code_text(text)
    second = record.article.text.index("On Friday")
    assert not [e for e in record.events if e.plover == "COERCE" and e.trigger[0] > second]
    assert any(e.plover == "RETREAT" and e.trigger[0] > second for e in record.events)
    # with its doer named, the participle tells the act
    record = coder.code_text("Ghana demanded the release of four traders arrested by Togolese police on Monday.")
    assert any(e.plover == "COERCE" and e.source_country == "TGO" for e in record.events)


def test_pronoun_in_a_relative_clause_is_the_group_it_describes(coder):
    _r, evs = events(coder, "KAMPALA (Reuters) - Uganda reinforced its western border on Friday after clashes between M23 "
                            "and Congolese troops near Bunagana. The rebel group, which has controlled the frontier area "
                            "since it captured a hill near Kisoro in Uganda two years ago, denied attacking civilians and "
                            "blamed the army.", title="Uganda reinforces border")
    assert not any(e[4] == "Uganda" for e in evs if e[0] in ("ASSAULT", "COERCE") and e[3] == "asserted")
    assert has(evs, "ACCUSE", "COD", "COD")


@pytest.mark.parametrize("text", [
    "The Nigerian army launched an offensive in Borno on Monday. Six militants were killed in the operation, the army said.",
    "Fighting flared in Nigeria's Borno state on Monday. Two farmers were killed by artillery fire in the village, residents said.",
])
def test_passive_harm_by_state_weapons_or_to_insurgents_is_the_states(coder, text):
    record = coder.code_text(text)
    killed = [e for e in record.events if record.article.text[e.trigger[0]:e.trigger[1]] == "killed"]
    assert killed and all(e.plover == "ASSAULT" and e.source_country == "NGA" for e in killed)


def test_other_word_senses_are_no_events(coder):
    # sentences written for this test: trigger words in non-political senses (real news streams)
    for body in ("The Peruvian minister had called in sick on Monday, the ministry said.",
                 "Bolivian troops pressed on despite the heavy snow.",
                 "The Chilean envoy was asked about the new flights to Lima.",
                 "The new Peruvian budget provides for street lighting in Cusco.",
                 "The Polish vehicle was occupied by a driver and two children.",
                 "The Ghanaian minister received an SMS from a Togolese businessman.",
                 "Nigerian lawmakers spoke to the Associated Press on Monday.",
                 "The Kenyan court agreed with the accusations against the Ugandan minister.",
                 "Many Moroccans support Real Madrid, the club from Spain.",
                 "The Brazilian governor hosted a wine tasting in Recife.",
                 "Argentina's economic history demonstrates the potential of strong unions."):
        _, evs = events(coder, body)
        assert evs == [], (body, evs)


def test_political_senses_survive_the_sense_filters(coder):
    _, evs = events(coder, "Chile signed an agreement with Peru. Kenya called on Uganda to withdraw its troops. "
                           "France pressed Mali to hold elections. Nigerian lawmakers spoke to Ghanaian officials. "
                           "The Ghanaian president received the Togolese foreign minister.")
    assert has(evs, "SUPPORT", "CHL", "PER")
    assert has(evs, "REQUEST", "KEN", "UGA")
    assert has(evs, "REQUEST", "FRA", "MLI")
    assert has(evs, "CONSULT", "NGA", "GHA")
    assert has(evs, "CONSULT", "GHA", "TGO")


def test_denied_claim_is_rejected_and_its_act_negated(coder):
    record = coder.code_text("Eritrea accused Ethiopia of preparing an invasion on Monday. "
                             "Addis Ababa denied that it was planning to invade its neighbour.")
    coded = {(e.plover, e.factuality, e.source_country, e.target_country) for e in record.events}
    assert ("REJECT", "asserted", "ETH", "ERI") in coded
    assert ("ASSAULT", "negated", "ETH", "ERI") in coded


@pytest.mark.parametrize("text, plover", [
    ("Kyiv expelled a Hungarian consul on Tuesday.", "SANCTION"),      # an envoy expelled: relations reduced
    ("Hungary expelled 40 Ukrainian migrants on Tuesday.", "COERCE"),  # other people: deportation
])
def test_expelling_an_envoy_is_a_sanction(coder, text, plover):
    assert [e.plover for e in coder.code_text(text).events] == [plover]


def test_refusing_to_join_talks_is_a_reject(coder):
    coded = {(e.plover, e.factuality) for e in coder.code_text(
        "Kenya's opposition alliance said it would not take part in the talks with the government.").events}
    assert ("REJECT", "asserted") in coded
    coded = {(e.plover, e.source_country) for e in coder.code_text("Uganda said it would not return to the table.").events}
    assert ("REJECT", "UGA") in coded


def test_return_fire_answers_the_attacker(coder):
    record = coder.code_text("Ugandan troops fired mortars at Kenyan positions on Monday. "
                             "The Kenyan army said Kenyan units did not return fire.")
    coded = {(e.plover, e.factuality, e.source_country, e.target_country) for e in record.events}
    assert ("ASSAULT", "negated", "KEN", "UGA") in coded


def test_briefing_and_alerting_partners_is_consult(coder):
    coded = {(e.plover, e.target_country) for e in coder.code_text(
        "Kenya's foreign ministry said it had briefed the US ambassador on the clash.").events}
    assert ("CONSULT", "USA") in coded
    assert not coder.code_text("The Kenyan minister briefed reporters on Tuesday.").events


def test_refusing_to_ask_leave_is_a_rejection(coder):
    # fptype: "will not seek anyone's permission" refuses the other side a say (REJECT), no request unmade
    _, evs = events(coder, "\"We will never ask Beijing's permission to fish in our own waters,\" "
                           "the Vietnamese fisheries minister said on Monday.")
    assert has(evs, "REJECT", "VNM", "CHN", "asserted")
    assert not has(evs, "REQUEST", "VNM")
    _, evs = events(coder, "Ghana did not seek permission from Togo before opening the dam.")
    assert not has(evs, "REJECT", "GHA")   # a past act left undone is no refusal


def test_act_kept_from_is_no_event(coder):
    # fptype: "prevented X from signing": the signing did not happen and is no event of its own
    _, evs = events(coder, "The feud over the islands has prevented Peru and Chile from signing a trade treaty.")
    assert not has(evs, "SUPPORT") and not has(evs, "AGREE")
    _, evs = events(coder, "Bosnian Serb police prevented Croatian officers from entering the building.")
    assert has(evs, "COERCE", "BIH", "HRV")   # the preventing itself stays


def test_infinitive_of_purpose_is_a_goal(coder):
    # fptype: "to ... fight smuggling", "a war to seize the port": the goal of another act or thing, not an act
    _, evs = events(coder, "Under the deal, the EU paid 90 million euros to Morocco last month to strengthen "
                           "border controls and fight people smuggling.")
    assert not has(evs, "ASSAULT")
    _, evs = events(coder, "Rwanda accused Kinshasa of preparing a war to seize Goma.")
    assert has(evs, "ACCUSE", "RWA", "COD") and not has(evs, "COERCE")
    _, evs = events(coder, "Australia sent two transport aircraft to evacuate its citizens.")
    assert has(evs, "AID", "AUS")   # what is sent for is what the sending does


def test_a_past_form_the_parser_joined_to_a_purpose_infinitive_is_an_act_of_its_own(coder):
    # "fired tear gas to disperse them and arrested 38 people": the parser hangs "arrested" on "disperse"
    _, evs = events(coder, "Police in Niamey fired tear gas to disperse the crowd and arrested at least 20 people, "
                           "a police officer said.")
    assert has(evs, "COERCE", "NER", "NER")
    _, evs = events(coder, "Troops were sent to Goma to arrest the suspects and question them.")
    assert not has(evs, "COERCE")   # the infinitives' conjunct is part of the purpose


def test_meeting_named_by_a_noun_beside_another_act_is_a_meeting_of_its_parties(coder):
    # the meeting is set beside the deal in time ("during", "following", "after"): it is no content of the deal
    _, evs = events(coder, "The accord was signed in Lome during talks between Togo's interior minister, Yawo Mensah, "
                           "and his Beninese counterpart, Alain Houngbo, who arrived on Sunday.", title="Togo and Benin sign accord")
    assert has(evs, "CONSULT", "TGO", "BEN", "asserted")
    _, evs = events(coder, "Late on Monday the two governments agreed to reopen the crossing, following a telephone call "
                           "between Ecuador's president and Peru's prime minister, the Ecuadorean presidency said.",
                    title="Ecuador and Peru reopen crossing")
    assert has(evs, "CONSULT", "ECU", "PER", "reported")   # the call happened; it is not part of what was agreed
    _, evs = events(coder, "Nepal's government and the Himalayan Workers Union agreed on Sunday to end the strike after "
                           "three days of talks in Pokhara.", title="Nepal strike ends")
    assert has(evs, "CONSULT", "NPL", "NPL")


def test_a_called_off_meeting_is_negated_and_a_kept_one_no_event(coder):
    _, evs = events(coder, "Chile accused Bolivia of stoking tension. A meeting of the two countries' water commissions, "
                           "due to be held in Arica on Friday, was postponed, the Chilean foreign ministry said. Bolivia "
                           "said Chile was to blame.", title="Chile and Bolivia trade accusations")
    assert has(evs, "CONSULT", "CHL", "BOL", "negated") or has(evs, "CONSULT", "BOL", "CHL", "negated")
    _, evs = events(coder, "Chile accused Bolivia of stoking tension. Officials ruled out postponing scheduled talks "
                           "between the two countries' envoys. Bolivia said Chile was to blame.",
                    title="Chile and Bolivia trade accusations")
    assert not has(evs, "CONSULT", fact="negated")   # the talks are still to come


def test_talks_held_with_a_party_by_no_named_host_are_the_states(coder):
    _, evs = events(coder, "Zambian students marched in Lusaka against fee rises on Monday. A ministry spokesman, "
                           "Joseph Banda, said no talks had been held with the student leaders.", title="Zambia student march")
    assert has(evs, "CONSULT", "ZMB", "ZMB", "negated")


def test_an_intergovernmental_body_holding_a_session_meets_among_its_members(coder):
    _, evs = events(coder, "The UN Security Council was to hold an emergency meeting on Friday after a drone struck a "
                           "Kenyan peacekeepers' camp in Somalia.", title="Drone hits peacekeepers")
    assert has(evs, "CONSULT", "UNO", None, "hypothetical")
    _, evs = events(coder, "The rebels attacked a border post shortly before a European Union summit in Brussels.",
                    title="Rebels attack post")
    assert not has(evs, "CONSULT", "EUR")   # a summit named by its body alone, no session held in the sentence


def test_counted_people_released_with_no_captor_are_freed_by_the_state(coder):
    _, evs = events(coder, "LUSAKA — Police in Lusaka arrested 40 traders during a market protest on Monday. "
                           "Thirty of them were released on Wednesday after questioning.", title="Traders freed")
    assert has(evs, "RETREAT", "ZMB", "ZMB")
    _, evs = events(coder, "QUITO — Two Ecuadorian reporters were detained at a checkpoint on Friday. "
                           "Both were released hours later.", title="Reporters freed")
    assert has(evs, "RETREAT", "ECU", "ECU")


def test_a_party_not_consulted_was_not_consulted_by_the_story_state(coder):
    _, evs = events(coder, "LILONGWE — Malawi's government extended the fuel rationing order on Monday. "
                           "The Zambian embassy said it had not been consulted before the order was extended.",
                    title="Malawi extends fuel rationing")
    assert has(evs, "CONSULT", "MWI", "ZMB", "negated")


def test_a_state_body_ruling_out_a_harm_with_no_doer_answers_for_its_own_forces(coder):
    _, evs = events(coder, "KAMPALA — Riot police detained dozens of students on Monday. The Ugandan police force "
                           "denied that any detained student had been tortured in custody.", title="Students detained")
    assert has(evs, "ASSAULT", "UGA", None, "negated")
    _, evs = events(coder, "KAMPALA — Thirty students were detained on Monday. A Ugandan police spokesman said the "
                           "students were questioned and that nobody had been tortured.", title="Students detained")
    assert has(evs, "ASSAULT", "UGA", None, "negated")


def test_a_state_condemning_an_attack_answers_the_insurgents_who_hit_its_own_side(coder):
    _, evs = events(coder, "BAMAKO — Jihadist gunmen attacked a Malian army post near Gao on Friday, killing nine "
                           "soldiers. French drones struck militant positions the next day. Mali's defence minister "
                           "condemned the attack as barbaric.", title="Army post attacked in Mali")
    assert has(evs, "ACCUSE", "MLI", "MLI")
    assert not has(evs, "ACCUSE", "MLI", "FRA")


def test_drivers_on_strike_are_a_protesting_group_of_the_story_country(coder):
    _, evs = events(coder, "LIMA — Peru's government raised petrol taxes last week. Bus drivers began a strike on "
                           "Tuesday to protest against the tax.", title="Peru bus strike")
    assert has(evs, "PROTEST", "PER", "PER", "asserted")


def test_condemning_damage_done_by_home_suspects_answers_the_home_side(coder):
    body = ("SOFIA — Thousands of Bulgarian dairy farmers blocked Romanian milk tankers at the Ruse bridge on Monday. "
            "Bulgarian police arrested four men suspected of damaging the vehicles, a police spokesman said. Romania's "
            "foreign ministry condemned the blockade and said Bucharest would complain to the European Commission. "
            "Bulgaria's agriculture minister said the import quota would stay, but he condemned the damage to the tankers.")
    _, evs = events(coder, body, title="Bulgarian farmers block Romanian tankers")
    assert has(evs, "ACCUSE", "BGR", "BGR"), evs   # the damage was done by the home-side suspects
    assert not has(evs, "ACCUSE", "BGR", "ROU"), evs


def test_a_crowd_demanding_that_the_government_act_protests_against_its_own_state(coder):
    body = ("DAKAR — Senegal summoned Guinea-Bissau's ambassador on Monday after Bissau-Guinean soldiers detained five "
            "Senegalese fishermen. Guinea-Bissau's government said the boats had entered its waters illegally. "
            "Hundreds of people demonstrated in Ziguinchor on Tuesday, demanding that the government defend herders "
            "who cross into Guinea-Bissau during the dry season.")
    _, evs = events(coder, body, title="Senegal summons Bissau envoy")
    assert has(evs, "PROTEST", "SEN", "SEN"), evs
    assert not has(evs, "PROTEST", "SEN", "GNB"), evs


def test_ruling_out_steps_the_home_opposition_asked_for_answers_the_opposition(coder):
    body = ("LIMA — Peru recalled its ambassador to Chile on Monday after reports that Chilean intelligence had "
            "monitored Peruvian negotiators. Chile's foreign ministry denied the reports. Opposition lawmakers in Lima "
            "urged President Rosa Quispe to expel Chile's ambassador and to suspend all trade talks. Quispe ruled out "
            "both steps on Wednesday.")
    r, evs = events(coder, body, title="Peru recalls envoy")
    assert any(e[0] == "REJECT" and e[1] == "PER" and e[2] == "PER" and e[5] == "Opposition lawmakers" for e in evs), evs
    assert not has(evs, "REJECT", "PER", "CHL"), evs


def test_asking_a_leader_to_take_a_matter_up_with_the_other_state_asks_ones_own_side(coder):
    body = ("COLOMBO — The Sri Lankan navy detained nine Indian fishermen near Mannar on Sunday, accusing them of "
            "poaching in Sri Lankan waters. India's foreign ministry summoned Sri Lanka's envoy in New Delhi. An Indian "
            "state minister, Joseph Varghese, urged Prime Minister Suresh Nair to take up the arrests with the Sri "
            "Lankan government.")
    _, evs = events(coder, body, title="Sri Lanka detains Indian fishermen")
    assert has(evs, "REQUEST", "IND", "IND"), evs
    assert not has(evs, "REQUEST", "IND", "LKA"), evs
    _, evs = events(coder, "Brussels — European Union foreign ministers urged Tbilisi to withdraw the law, which they "
                           "said was incompatible with Georgia's bid to join the bloc.", title="EU urges Georgia")
    assert has(evs, "REQUEST", "EUR", "GEO"), evs   # "incompatible with" is no party the act is done with


def test_clashes_between_two_named_sides_are_one_assault_from_the_first(coder):
    _, evs = events(coder, "Heavy fighting between Armenian and Azerbaijani troops broke out near the border on Tuesday.")
    assert has(evs, "ASSAULT", "ARM", "AZE"), evs
    assert not has(evs, "ASSAULT", "AZE", "ARM"), evs
    _, evs = events(coder, "Clashes between Indian and Pakistani soldiers erupted along the frontier overnight.")
    assert has(evs, "ASSAULT", "IND", "PAK"), evs


def test_harm_done_by_a_weapon_of_an_unnamed_party_has_no_source(coder):
    _, evs = events(coder, "Mortar shells fired across the river killed three Tajik villagers on Monday.")
    assert has(evs, "ASSAULT", None, "TJK") and all(e[1] is None for e in evs if e[0] == "ASSAULT"), evs
    _, evs = events(coder, "A rocket hit a Tajik school on Friday.")
    assert any(e[0] == "ASSAULT" and e[1] is None and e[2] == "TJK" for e in evs), evs


def test_missiles_fired_into_the_sea_are_a_show_of_force(coder):
    _, evs = events(coder, "Iran fired two ballistic missiles into the sea off its southern coast on Monday, "
                           "Iranian state media said.", title="Iran missile launch")
    assert has(evs, "MOBILIZE", "IRN")
    assert not has(evs, "ASSAULT", "IRN")
    _, evs = events(coder, "Iran fired two missiles at US bases in Iraq.")   # fired at a party: still an attack
    assert has(evs, "ASSAULT", "IRN", "USA")
    _, evs = events(coder, "Iran fired two missiles into the waters off Oman on Monday.")   # whose waters: the one shown force
    assert has(evs, "MOBILIZE", "IRN", "OMN")


def test_boarding_shares_the_object_of_the_next_verb(coder):
    _, evs = events(coder, "Greek coast guard officers boarded and searched a Turkish trawler off Lesbos.")
    assert has(evs, "COERCE", "GRC", "TUR")


def test_backed_by_arms_is_not_political_support(coder):
    _, evs = events(coder, "Iraqi commandos backed by US drones raided a hideout in Mosul.")
    assert not has(evs, "SUPPORT", "USA")


def test_vow_to_refuse_is_a_rejection(coder):
    _, evs = events(coder, "The Malian prime minister vowed that his cabinet would never bargain with the kidnappers. "
                           "Togolese opposition parties vowed to resist any postponement of the election.")
    assert has(evs, "REJECT", "MLI", None, "asserted")
    assert has(evs, "REJECT", "TGO", None, "asserted")
    assert not has(evs, "AGREE")


def test_refusing_to_negotiate_or_resume_talks_is_a_rejection(coder):
    _, evs = events(coder, "The Peruvian president said he would not negotiate under threat. "
                           "Ethiopia would not resume the talks with Egypt while the dam dispute continued.")
    assert has(evs, "REJECT", "PER", None, "asserted")
    assert has(evs, "REJECT", "ETH", "EGY", "asserted")
    assert not has(evs, "CONSULT")


def test_ruling_out_a_deal_is_a_rejection(coder):
    _, evs = events(coder, "Chile's foreign ministry ruled out any deal that rewards Bolivian claims.")
    assert has(evs, "REJECT", "CHL", None, "asserted")
    assert not has(evs, "SUPPORT")


def test_will_not_hesitate_or_sit_idly_by_is_a_threat(coder):
    _, evs = events(coder, "The Armenian defence minister said Armenia would not hesitate to defend every metre of its land. "
                           "The Greek foreign minister said Greece would not sit idly by while Turkey drilled off Crete.")
    assert has(evs, "THREATEN", "ARM", None, "asserted")
    assert has(evs, "THREATEN", "GRC", None, "asserted")
    assert not has(evs, "SUPPORT")
    _, evs = events(coder, "The Kenyan riot police did not hesitate to fire on the crowd.")
    assert not has(evs, "THREATEN")


def test_denial_of_a_gerund_act_is_a_rejection_of_the_accuser(coder):
    _, evs = events(coder, "Niger accused Nigerian troops of raiding its border posts. "
                           "The Nigerian army denied attacking any post.")
    assert has(evs, "REJECT", "NGA", "NER", "asserted")


def test_naming_an_act_a_blatant_attempt_or_a_hit_job(coder):
    # the reproach is an adjective or compound of a plain noun ("a blatant attempt to ...", "a partisan hit job")
    _, evs = events(coder, "Chile's foreign minister called the Argentine move \"a blatant attempt to grab fishing grounds.\"")
    assert has(evs, "ACCUSE", "CHL", "ARG", "asserted")
    _, evs = events(coder, "A Peruvian court convicted the opposition leader on Monday. The Peruvian senator rejected "
                           "the verdict and called the ruling \"a partisan hit job.\"")
    assert has(evs, "ACCUSE", "PER", "PER", "asserted")


def test_special_counsel_is_a_state_prosecutor(coder):
    _, evs = events(coder, "A special counsel in Lima on Friday charged the former interior minister with bribery.")
    assert has(evs, "ACCUSE", "PER", "PER", "asserted")


def test_act_done_illegally_in_a_reported_clause_is_an_accusation(coder):
    _, evs = events(coder, "The Georgian interior ministry said the Russian patrol boats had been fishing illegally "
                           "in its waters.")
    assert has(evs, "ACCUSE", "GEO", "RUS")


def test_firms_in_a_country_take_that_country(coder):
    _, evs = events(coder, "Ottawa on Tuesday imposed sanctions on four firms in Turkey that it accused of shipping "
                           "drones to the rebels.")
    assert has(evs, "SANCTION", "CAN", "TUR") and has(evs, "ACCUSE", "CAN", "TUR"), evs


def test_summoner_of_a_foreign_envoy_serves_the_host_state(coder):
    _, evs = events(coder, "Tensions rose between Peru and Chile this week over a fishing dispute. Deputy Foreign "
                           "Minister Ana Torres summoned Chilean Ambassador Pablo Rojas to the ministry on Monday, the "
                           "Foreign Ministry said.")
    assert has(evs, "ACCUSE", "PER", "CHL") and not has(evs, "ACCUSE", "CHL", "CHL"), evs


def test_rejected_calls_from_a_capital_target_its_body(coder):
    _, evs = events(coder, "Police detained three activists in Belgrade. The United Nations urged Serbia to free them. "
                           "The minister rejected calls from Brussels to release the activists.")
    assert has(evs, "REJECT", "SRB", "EUR") and not has(evs, "REJECT", "SRB", "UNO"), evs


def test_pronoun_after_the_bloc_said_is_the_bloc(coder):
    _, evs = events(coder, "The African Union condemned the arrests. Chad's interior minister said the detainees had "
                           "plotted a coup. The regional bloc said it was deeply concerned by the detention of reporters.")
    concerned = [e for e in evs if e[0] == "ACCUSE" and e[3] == "reported"]
    assert concerned and all(e[1] == "IGO" for e in concerned), evs


def test_denial_answers_the_accusers_of_the_as_clause(coder):
    _, evs = events(coder, "Gunmen stormed a hotel in Nairobi. The United States accused Kenya of failing to protect "
                           "civilians. Kenya's defence ministry denied that troops had been pulled out of the district "
                           "to guard a rally last week, as some opposition senators claimed.")
    assert has(evs, "REJECT", "KEN", "KEN") and not has(evs, "REJECT", "KEN", "USA"), evs


def test_denial_of_colleagues_beating_protesters_stays_at_home(coder):
    _, evs = events(coder, "Students marched in Nairobi on Saturday. The African Union accused the Kenyan government "
                           "of repression. A police officer contacted by Reuters denied that his colleagues had beaten "
                           "any demonstrators.")
    assert has(evs, "REJECT", "KEN", "KEN") and not has(evs, "REJECT", "KEN", "IGO"), evs


def test_passive_act_joined_to_a_named_doers_act_is_that_doers(coder):
    _, evs = events(coder, "Togolese officials met Ghanaian envoys in Lome. Mensah said Lome had released 30 of the "
                           "detained traders on Monday and that the others would be freed next week.")
    released = [e for e in evs if e[0] == "RETREAT"]
    assert len(released) == 2 and all(e[1] == "TGO" for e in released), evs


def test_casualty_tallies_are_not_events_of_their_own(coder):
    _, evs = events(coder, "At least 14 people, most of them shoppers, were killed, a Kenyan police spokesman told reporters. "
                           "More than 3,000 people have been killed in Kenya since the fighting began in 2019.")
    assert not has(evs, "ASSAULT"), evs
    _, evs = events(coder, "Four Kenyan soldiers were killed in an ambush near Mandera on Friday.")
    assert has(evs, "ASSAULT", None, "KEN")


def test_a_sources_anonymity_formula_is_no_request_or_meeting(coder):
    for body in ("Two border guards were wounded in the shelling, according to an army officer in Kupang who asked "
                 "not to be named because he was not authorized to speak to the media.",
                 "Rebels shelled the town on Monday, a senior Burmese officer said, asking not to be identified as he "
                 "was not allowed to talk publicly.",
                 "A Thai soldier was hurt, said an official who requested anonymity because she wasn't authorised to "
                 "comment."):
        _, evs = events(coder, body)
        assert not any(e[0] in ("REQUEST", "CONSULT") for e in evs), (body, evs)
    # a real request and a real talk are still coded
    _, evs = events(coder, "Vietnam asked China to withdraw its ships. The Vietnamese minister spoke with his Thai "
                           "counterpart on Tuesday.")
    assert has(evs, "REQUEST", "VNM", "CHN") and has(evs, "CONSULT", "VNM"), evs


def test_the_condition_of_an_offer_is_not_an_act(coder):
    _, evs = events(coder, "Norway stands ready to help if both sides ask for it, a Norwegian diplomat said.",
                    title="Mediation")
    assert not has(evs, "REQUEST"), evs


def test_a_call_or_contact_told_as_the_setting_of_a_statement_is_a_consultation(coder):
    _, evs = events(coder, "Kenya's foreign minister said in a phone call with his Ugandan counterpart that Nairobi would send food.")
    assert has(evs, "CONSULT", "KEN", "UGA"), evs
    _, evs = events(coder, "Britain said it was in contact with officials in Kyiv about the convoy.")
    assert has(evs, "CONSULT", "GBR", "UKR"), evs


def test_working_with_another_partys_officers_is_cooperation_but_not_working_with_a_tool(coder):
    _, evs = events(coder, "Kenya's police said it was working with Ugandan detectives to find the gunmen.")
    assert has(evs, "COOPERATE", "KEN", "UGA"), evs
    _, evs = events(coder, "Kenyan farmers worked with new seeds this season.")
    assert not has(evs, "COOPERATE"), evs


def test_a_requirement_on_any_future_act_is_no_cooperation(coder):
    _, evs = events(coder, "Peru said any ceasefire talks would have to be coordinated with Brazil and Chile.")
    assert not has(evs, "COOPERATE"), evs


def test_meeting_after_which_a_speaker_told_reporters_is_the_speakers(coder):
    _, evs = events(coder, "Kenya's foreign minister told journalists after meeting the Ugandan delegation that the border would reopen.")
    assert has(evs, "CONSULT", "KEN", "UGA"), evs


def test_a_pledge_of_aid_answers_no_earlier_aid(coder):
    _, evs = events(coder, "Floods hit northern Kenya on Monday, and Ugandan troops delivered aid to villages. "
                           "Ethiopia, one of Kenya's oldest partners, pledged emergency food aid.")
    assert any(e[0] in ("AGREE", "AID") and e[1] == "ETH" and e[2] == "KEN" for e in evs), evs


def test_thanking_after_a_quoted_clause_is_the_speakers_own_act(coder):
    _, evs = events(coder, "Gambian President Adama Barrow met Senegal's President Faye in Dakar on Monday. Barrow said the "
                           "deal \"opens a new chapter\" in relations and thanked Faye for his \"patience\".")
    assert has(evs, "SUPPORT", "GMB", "SEN"), evs


def test_a_visit_reported_as_planned_is_a_hypothetical_meeting(coder):
    _, evs = events(coder, "Taiwan's opposition leader Chu said he planned to visit China next month.")
    assert has(evs, "CONSULT", "TWN", "CHN", "hypothetical"), evs
    assert not has(evs, "AGREE"), evs


def test_an_apposition_misparsed_as_a_second_object_is_no_target(coder):
    _, evs = events(coder, "Kenya accused Somalia of sheltering members of the MRC, a Kenyan separatist group.")
    assert has(evs, "ACCUSE", "KEN", "SOM")
    assert not has(evs, "ACCUSE", "KEN", "KEN"), evs


def test_persona_non_grata_small_clause_is_an_expulsion(coder):
    _, evs = events(coder, "Mali's military government on Friday declared two Belgian diplomats persona non grata "
                           "and gave them three days to leave.")
    assert has(evs, "SANCTION", "MLI", "BEL"), evs


def test_postponed_exercise_is_a_retreat_and_chasing_boats_coercion(coder):
    _, evs = events(coder, "Egypt on Sunday postponed a naval exercise that had been planned near the Sudanese coast.")
    assert has(evs, "RETREAT", "EGY"), evs
    _, evs = events(coder, "Chinese coast guard ships chased three Philippine fishing boats away from the shoal on "
                           "Monday, Manila said.")
    assert has(evs, "COERCE", "CHN", "PHL"), evs


def test_cancelled_flights_and_festival_are_sanctions(coder):
    _, evs = events(coder, "Belavia said it had also cancelled flights from Minsk to Odesa.")
    assert has(evs, "SANCTION", "BLR"), evs
    assert not has(evs, "REJECT"), evs
    _, evs = events(coder, "In Rome, the Italian culture ministry said it was postponing a Chinese film festival.")
    assert has(evs, "SANCTION", "ITA"), evs


def test_called_off_sit_in_and_possible_pause(coder):
    _, evs = events(coder, "Kenya's main opposition party called off a sit-in in Nairobi on Thursday.")
    assert has(evs, "CONCEDE", "KEN"), evs
    _, evs = events(coder, "Hezbollah's leader said Israel's raids must stop. He did not rule out a temporary pause, "
                           "however.")
    assert has(evs, "RETREAT", "LBN", None, "hypothetical"), evs


def test_business_offers_and_searches_are_no_events(coder):
    _, evs = events(coder, "Chile's state copper company said it would seek new buyers in Europe and would offer "
                           "customers refunds.")
    assert not has(evs, "REQUEST"), evs
    assert not has(evs, "AGREE"), evs


def test_flag_state_of_a_vessel_is_the_target(coder):
    _, evs = events(coder, "Iranian gunboats fired three rockets at a Panamanian-flagged oil tanker in the Gulf of Oman "
                           "on Thursday, the navy said.", title="Gulf shipping")
    assert has(evs, "ASSAULT", "IRN", "PAN")


def test_both_allies_are_the_two_states_of_the_story(coder):
    _, evs = events(coder, "Greek and Turkish warships shadowed each other near Lesbos on Friday. Greece said Turkish "
                           "jets had entered its airspace, and Turkey said Greek planes had harassed its drones. "
                           "The European Union urged both allies to avoid escalation.", title="Aegean row")
    assert has(evs, "REQUEST", "EUR", "GRC") and has(evs, "REQUEST", "EUR", "TUR")


def test_count_of_its_staff_targets_their_employer(coder):
    _, evs = events(coder, "The United Nations children's agency said it had halted vaccinations in Darfur after "
                           "Sudanese soldiers arrested four of its employees.", title="Sudan aid")
    assert has(evs, "COERCE", "SDN", "UNO")


def test_accepted_mediation_targets_the_mediator(coder):
    _, evs = events(coder, "Ethiopian militia fighters clashed with federal troops near Gondar on Monday. A militia "
                           "commander said the movement would accept African Union mediation if the troops left the city.",
                    title="Amhara fighting")
    assert has(evs, "AGREE", "ETH", "IGO")


def test_rejected_arrangement_targets_its_proposer(coder):
    _, evs = events(coder, "Qatar has proposed a week-long truce between Israel and Hamas, diplomats said. Hamas rejected "
                           "any arrangement that did not include a full Israeli withdrawal.", title="Truce talks")
    assert has(evs, "REJECT", "PSE", "QAT")


def test_invitation_to_take_part_in_consultations_is_a_request(coder):
    _, evs = events(coder, "The Colombian government said it had invited ELN commanders to take part in peace consultations.")
    assert has(evs, "REQUEST", "COL"), evs
    assert not has(evs, "AGREE"), evs


def test_rounds_of_talks_are_a_meeting(coder):
    _, evs = events(coder, "Peru was tense. Government negotiators and opposition leaders held three rounds of talks on Monday.")
    assert has(evs, "CONSULT", "PER", "PER"), evs


def test_ordered_held_in_detention_is_an_arrest(coder):
    _, evs = events(coder, "Two Croatian journalists appeared before a court in Serbia on Monday. "
                           "A Serbian judge ordered them held in pretrial detention for a month.")
    assert has(evs, "COERCE", "SRB"), evs


def test_ruling_out_talks_is_a_refusal_beside_the_negated_talks(coder):
    _, evs = events(coder, "The Colombian government ruled out talks with Venezuela.")
    assert has(evs, "REJECT", "COL", "VEN", "asserted"), evs
    assert has(evs, "CONSULT", "COL", "VEN", "negated"), evs


def test_order_to_act_or_face_a_penalty_is_a_threat(coder):
    _, evs = events(coder, "The Serbian government told the Croatian diplomats to leave within a week or face expulsion.")
    assert has(evs, "THREATEN", "SRB", "HRV", "asserted"), evs


def test_accusing_a_named_party_during_a_walkout_is_an_accusation(coder):
    _, evs = events(coder, "Lawyers for Peruvian opposition leader Juan Ramos walked out of a court in Lima on Monday, "
                           "accusing the judge of bias.")
    assert has(evs, "PROTEST", "PER"), evs
    assert has(evs, "ACCUSE", "PER", "PER"), evs


def test_people_named_by_nationality_keep_it_when_named_again(coder):
    _, evs = events(coder, "TASHKENT, Uzbekistan (AP) — Uzbekistan's government said on Friday it had detained two "
                           "Georgian citizens accused of smuggling weapons across its border. Interior Minister Bakhtiyor "
                           "Karimov said the two men, whom he described as a retired paratrooper and a truck driver, were "
                           "arrested at a depot near Samarkand. Karimov accused the men of working for a foreign "
                           "intelligence service. Georgia's foreign ministry said it had asked for consular access.",
                    title="Uzbekistan detains two Georgians")
    assert has(evs, "ACCUSE", "UZB", "GEO")
    assert not has(evs, "ACCUSE", "UZB", "UZB")
    assert not has(evs, "COERCE", "UZB", "UZB")


def test_an_attack_on_a_detachment_answers_no_earlier_detention(coder):
    # "detachment" shares its first letters with "detain" but names a unit, not an earlier act
    _, evs = events(coder, "NIAMEY, Niger (AP) — Italian police detained two Nigerien reporters in Rome last week, Niger's "
                           "government said. On Sunday, Boko Haram fighters attacked a military detachment near Diffa, "
                           "killing nine soldiers.",
                    title="Jihadists attack Niger army post")
    assert has(evs, "ASSAULT", "NGA", "NER")
    assert not has(evs, "ASSAULT", "NGA", "ITA")


def test_going_on_trial_is_an_accusation_by_the_state(coder):
    _, evs = events(coder, "Zambian opposition leader Hakainde Mwila went on trial for sedition on Monday in Lusaka.")
    assert has(evs, "ACCUSE", "ZMB", "ZMB"), evs


def test_material_acts_of_forces_and_cabinets(coder):
    # written for these tests: each act below was untyped or typed as another act before
    _, evs = events(coder, "Nigeria's police chief has flown more than 300 extra police into Borno state.")
    assert has(evs, "MOBILIZE", "NGA")
    _, evs = events(coder, "Police commanders said the officers had been authorised to use lethal force against the gangs.")
    assert has(evs, "THREATEN")
    _, evs = events(coder, "Kenya's energy ministry published a notice declaring fuel distribution an essential service, "
                           "barring the strike.")
    assert has(evs, "COERCE", "KEN")
    _, evs = events(coder, "The Ghanaian government exempted schools and clinics from the tax rise.")
    assert has(evs, "CONCEDE", "GHA")
    _, evs = events(coder, "Russian troops backed by tanks and artillery pushed into the Ukrainian town of Vovchansk.")
    assert has(evs, "ASSAULT", "RUS", "UKR")
    _, evs = events(coder, "The French defence minister ruled out scaling back the exercise in response to Algeria's complaint.")
    assert has(evs, "RETREAT", "FRA", None, "negated")


def test_land_ceded_and_compensation_offered(coder):
    _, evs = events(coder, "Under the deal, Peru will cede about 300 hectares of farmland to Ecuador. "
                           "Peru's president said farmers who lose their fields would be offered new land and compensation.")
    assert has(evs, "CONCEDE", "PER", "ECU")
    assert not has(evs, "RETREAT", "PER")
    assert has(evs, "AID")
    assert not has(evs, "AGREE")


def test_unnamed_veterans_rally_for_their_country(coder):
    _, evs = events(coder, "Ecuador protested on Monday. Outside the Peruvian embassy in Quito, several hundred "
                           "veterans of the 1995 war rallied on Tuesday afternoon.")
    assert has(evs, "PROTEST", "ECU", "PER")


@pytest.mark.parametrize("title, body, plover, country, not_plover", [
    # "a cover-up": the "up" of a hyphenated word is no particle, so "called ... a cover-up" is no mobilisation
    ("Ghana opposition rejects ruling",
     "Ghana's opposition spokesman Kwame Osei called the electoral commission's decision \"a cover-up\" on Tuesday.",
     "ACCUSE", "GHA", "MOBILIZE"),
    # ending a boycott is a concession, not a protest
    ("Georgia opposition", "Georgia's main opposition bloc ended its boycott of parliament on Wednesday.",
     "CONCEDE", "GEO", "PROTEST"),
])
def test_one_type_and_not_the_other(coder, title, body, plover, country, not_plover):
    _, evs = events(coder, body, title=title)
    assert has(evs, plover, country), evs
    assert not has(evs, not_plover), evs


def test_a_threat_joined_to_a_demanded_clause_is_the_demanders_own(coder):
    # "demanded that X be withdrawn and threatened to ...": the parse hangs the threat on the demanded verb
    _, evs = events(coder, "Nigeria's nurses' union demanded that the new pay scale be scrapped and threatened to "
                           "extend its walkout to private clinics from next week.",
                    title="Nigerian nurses strike")
    assert has(evs, "REQUEST", "NGA"), evs
    assert has(evs, "THREATEN", "NGA", None, "asserted"), evs


def test_calling_in_an_ambassador_is_a_summons(coder):
    _, evs = events(coder, "Kenya called in Tanzania's envoy on Tuesday over the deportations.", title="Kenya summons envoy")
    assert has(evs, "ACCUSE", "KEN", "TZA"), evs
    _, evs = events(coder, "The Kenyan coach called in three new players for the match.", title="Squad news")
    assert not has(evs, "ACCUSE"), evs


def test_the_north_names_the_storys_north_half(coder):
    _, evs = events(coder, "North Korea flew balloons over the border on Sunday. South Korea's unification minister "
                           "urged the North to stop the flights at once.", title="Balloons cross the border")
    assert any(e[0] == "REQUEST" and e[2] == "PRK" and e[5] == "North Korea" for e in evs)


def test_finalising_an_agreement_and_dismantling_outposts(coder):
    _, evs = events(coder, "Armenia and Azerbaijan have finalised an agreement on border demarcation. "
                           "Armenian troops had dismantled two outposts near the village.",
                    title="Caucasus border")
    assert has(evs, "AGREE", "ARM", "AZE"), evs
    assert not has(evs, "RETREAT", "AZE"), evs
    assert has(evs, "RETREAT", "ARM"), evs


def test_ordering_foreign_troops_out_is_an_expulsion(coder):
    _, evs = events(coder, "Niger's junta expelled the envoy a year after it ordered American troops out of the country.",
                    title="Niger junta")
    assert has(evs, "SANCTION", None, "USA"), evs
    assert not has(evs, "MOBILIZE", None, "USA"), evs


def test_flight_operations_near_islands_are_a_show_of_force(coder):
    _, evs = events(coder, "A Russian naval group conducted flight operations near the Japanese islands on Sunday.",
                    title="Russian navy")
    assert has(evs, "MOBILIZE", "RUS"), evs


def test_signed_motion_is_no_agreement(coder):
    # a motion (of no confidence) signed by lawmakers is no agreement between parties (PLOVER SUPPORT 057)
    _, evs = events(coder, "Kenyan opposition parties filed a motion of no confidence in the government of Prime Minister "
                           "William Ruto on Monday. The motion, signed by 45 lawmakers from the Orange Movement, Unity and "
                           "Justice (UJ) and the Social Democrats, accuses Ruto of \"selling Kenya to foreign lenders\".")
    assert not has(evs, "SUPPORT")
    assert has(evs, "ACCUSE", "KEN", "KEN")


def test_dated_wire_dateline_without_a_dash_is_no_actor(coder):
    # "CITY, Mon DD (AGENCY) Text": a dateline with no dash after the agency is still kept out of the parse
    r, evs = events(coder, "Jakarta, Jun 12 (PTI) Nepal and Bhutan have finalised a trade agreement at a meeting in the "
                           "Indonesian capital, officials said on Thursday.", title="Nepal and Bhutan seal trade pact")
    assert not any(a.name in ("Jakarta", "PTI") for a in r.actors), [a.name for a in r.actors]
    assert has(evs, "AGREE", "NPL", "BTN")


def test_lede_naming_two_states_gives_the_other_side_of_home_acts(coder):
    # the lede names both states: the home army's pullback is toward the other one, though it is named less often
    _, evs = events(coder, "Nepal and Bhutan have agreed to end a stand-off on a disputed ridge, officials said on Tuesday.\n\n"
                           "Nepalese Prime Minister Ram Thapa told parliament that the army would keep watch. Nepal's defence "
                           "ministry said Nepalese officers met Bhutanese commanders on Monday.\n\n"
                           "The Nepalese Army said its soldiers had withdrawn from two forward posts near the ridge.",
                    title="Nepal, Bhutan agree on border")
    assert has(evs, "RETREAT", "NPL", "BTN"), evs
    assert not has(evs, "RETREAT", "NPL", "NPL"), evs


def test_a_named_demarcation_line_is_no_target(coder):
    # a line on the map tagged as an organisation is a place: the inquiry is into the soldiers who crossed it
    r, evs = events(coder, "The United Nations Command said it was investigating a crossing of the Western Demarcation "
                           "Line by ten soldiers on Monday.", title="Border incident")
    assert not any(a.name.endswith("Demarcation Line") for a in r.actors), [a.name for a in r.actors]
    assert has(evs, "ACCUSE", "UNO"), evs


@pytest.mark.parametrize("title, body, plover, country, target", [
    # a passive detention "in <state>" is that state's
    ("Canada presses Iran", "At least 12 Canadian citizens have been detained in Iran on spying charges since 2015, "
                            "according to Ottawa.", "COERCE", "IRN", "CAN"),
    ("Chile protest", "Chilean riot police cleared a barricade of burning tyres outside Valparaiso on Monday.",
     "COERCE", "CHL", None),
    # a passive participle on the weapon ("a stick of dynamite thrown by ...") is the throwing verb with its object
    ("Peru miners", "Peruvian police said an officer was wounded by a stick of dynamite thrown by miners near Puno.",
     "ASSAULT", "PER", None),
    # armed men nobody names are the story country's assailants
    ("Burkina Faso killings", "Farmers in northern Burkina Faso said armed men who wore masks opened fire on herders at a well.",
     "ASSAULT", "BFA", None),
    ("Ecuador raid", "Ecuadorian police kept the electoral judges from leaving the building for three hours.",
     "COERCE", "ECU", None),
])
def test_material_acts_of_this_round(coder, title, body, plover, country, target):
    _, evs = events(coder, body, title=title)
    assert has(evs, plover, country, target), evs


def test_balloons_and_propaganda_broadcasts_across_a_border_are_coercion(coder):
    _, evs = events(coder, "North Korea floated dozens of balloons carrying garbage over the border. "
                           "South Korea restarted propaganda broadcasts along the frontier on Friday.",
                    title="Korean border")
    assert has(evs, "COERCE", "PRK"), evs
    assert has(evs, "COERCE", "KOR"), evs


@pytest.mark.parametrize("body, plover, src, tgt", [
    # "those who ..." is a class the relative clause describes, not a pronoun for the speaker's own side
    pytest.param("Chile's interior minister said Santiago would refuse to negotiate with those who occupy the docks.",
                 "REJECT", "CHL", None, id="refusing_to_negotiate_with_those_who_is_a_rejection"),
    pytest.param("A Peruvian army prosecutor will examine the allegations against the battalion, a spokesman said.",
                 "ACCUSE", None, None, id="prosecutor_examining_allegations_is_an_inquiry"),
    pytest.param("The Australian envoy said Canberra backs its ally Manila and called Beijing's naval drills \"destabilizing.\"",
                 "ACCUSE", "AUS", "CHN", id="calling_drills_destabilizing_is_an_accusation"),
    # "the remarks" stand for the pressing words another state said before, so their rejection targets that state
    pytest.param("Chile and Bolivia signed a trade accord on Monday. "
                 "Peru's foreign ministry urged the Bolivian government to reopen the border crossings. "
                 "La Paz rejected the remarks as meddling in its own affairs.",
                 "REJECT", "BOL", "PER", id="rejecting_the_remarks_targets_their_author"),
])
def test_refusals_inquiries_and_reproaches(rules, body, plover, src, tgt):
    _, evs = events(rules, body)
    assert has(evs, plover, src, tgt), evs


def test_denying_the_accusation_just_made_targets_the_accuser(rules):
    # the accusation named in the sentence just before is the one answered, even when a compatriot made it
    _, evs = events(rules, "Somalia accused Kenyan troops of shelling a village near the border on Monday. "
                           "A Kenyan opposition leader accused police of beating students in Nakuru on Tuesday. "
                           "The government denied the accusation.")
    rej = [e for e in evs if e[0] == "REJECT"]
    assert rej and rej[-1][2] == "KEN", evs


@pytest.mark.parametrize("body, plover, country, fact, not_plover", [
    # dismissing one's own official is a change of leadership (CONCEDE), not the rejection of a statement
    ("Zambia's president sacked the governor of the Copperbelt province on Monday after a week of riots.",
     "CONCEDE", "ZMB", None, "REJECT"),
    # but dismissing another's offer is a rejection, though its possessor names a government
    ("Zambia's opposition leader dismissed the government's offer of talks on Sunday.",
     "REJECT", "ZMB", None, "CONCEDE"),
    # thrown to the ground by officers: a physical assault
    ("A Nigerian reporter was thrown to the ground by police as she filmed the rally in Lagos.",
     "ASSAULT", "NGA", None, "REJECT"),
    # officers are an armed body: beating by officers is an assault
    ("Two Malian students were beaten by officers at a checkpoint near Bamako, their union said.",
     "ASSAULT", "MLI", None, None),
    # sending a plane to bring home one's diplomats is a withdrawal, not a deployment
    ("Chile's foreign ministry said it would send an air force jet to bring home its diplomats from La Paz on Friday.",
     "RETREAT", "CHL", None, "MOBILIZE"),
    # warships ordered to a place are deployed
    ("Norway's defence ministry said it had ordered two frigates to the waters off Svalbard.",
     "MOBILIZE", "NOR", None, None),
    # the army not called out onto the streets: a negated deployment
    ("A spokesman said the Nepalese army was not called out onto the streets of Kathmandu on Sunday.",
     "MOBILIZE", "NPL", "negated", None),
    # border police turning back foreign traders
    ("Zambian border police turned back scores of Malawian traders at the Mchinji post on Tuesday.",
     "COERCE", "ZMB", None, None),
    # hot meals and water given to returnees are aid
    ("The Red Cross in Honduras said it had given hot meals and water to 900 deported Hondurans.",
     "AID", None, None, None),
    # "would not retaliate by closing the border": the ruled-out act is the closure (negated), no threat
    ("Lusaka would not retaliate by closing its own side of the border with Malawi, the minister said.",
     "SANCTION", "ZMB", "negated", "THREATEN"),
])
def test_material_acts_of_round_19(rules, body, plover, country, fact, not_plover):
    _, evs = events(rules, body, title="Regional news")
    assert has(evs, plover, country, fact=fact), evs
    if not_plover:
        assert not has(evs, not_plover), evs


def test_a_new_term_handed_by_an_electoral_body_is_no_sentence(rules):
    _, evs = events(rules, "The electoral board declared the incumbent the winner of the vote in Lome, "
                           "handing the leader a sixth term.", title="Togo vote")
    assert not has(evs, "SANCTION"), evs
    _, evs = events(rules, "A Togolese court handed the opposition leader a ten-year prison term on Monday.", title="Togo court")
    assert has(evs, "SANCTION", "TGO"), evs


@pytest.mark.parametrize("body,plover,country,fact,not_plover", [
    # a weapon slamming into a post is an attack
    ("A drone launched from across the river slammed into a Colombian police station near Cucuta on Friday.",
     "ASSAULT", None, None, None),
    # hitting back with strikes is military retaliation
    ("Iran hit back with missile strikes on militant camps in Pakistan on Thursday.",
     "ASSAULT", "IRN", None, None),
    # a party pulling its deputies out of the chamber walks out in protest, it does not withdraw troops
    ("The largest opposition party in Kenya pulled its deputies out of the national assembly on Tuesday.",
     "PROTEST", "KEN", None, "RETREAT"),
    # withholding one's approval is a refusal, not a coercion
    ("Kenya's finance minister withheld his approval at a meeting of regional ministers in Arusha.",
     "REJECT", "KEN", None, "COERCE"),
    # "build-up" (build / - / up): a troop build-up, here negated
    ("Villagers said there was no sign of a troop build-up by Ethiopia along the frontier.",
     "MOBILIZE", "ETH", "negated", None),
])
def test_material_acts_of_round_21(rules, body, plover, country, fact, not_plover):
    _, evs = events(rules, body, title="Regional news")
    assert has(evs, plover, country, fact=fact), evs
    if not_plover:
        assert not has(evs, not_plover), evs


def test_a_persons_past_fighting_in_a_relative_clause_is_no_event(rules):
    _, evs = events(rules, "Zambia's ruling party voted to expel Peter Banda, a retired colonel who fought in the border war.",
                    title="Zambia party")
    assert not has(evs, "ASSAULT"), evs
    _, evs = events(rules, "The rebels, who fought government troops near Goma, withdrew on Monday.", title="Congo")
    assert has(evs, "ASSAULT"), evs


@pytest.mark.parametrize("body, plover, src, fact", [
    # a charge joined to a "that" clause the parser hung on "statement": the speaker's own accusation
    ("Amnesty International said in a statement that at least 25 students had been held since May and accused "
     "the Bolivian police of \"routinely beating\" detainees.", "ACCUSE", "NGO", "asserted"),
    # a charge joined to a denial: the denier's own act, not part of what was denied
    ("The Peruvian bishop denied that the seminary had failed to pay its taxes and called the seizure "
     "\"a robbery disguised as a reform.\"", "ACCUSE", "PER", "asserted"),
])
def test_speech_acts_of_round_21(rules, body, plover, src, fact):
    _, evs = events(rules, body, title="Regional news")
    assert has(evs, plover, src, fact=fact), evs


# -- speech pass 3 (sentences written for these tests) -------------------------------------------------------------

def test_denying_the_charges_is_a_rejection_not_a_denied_accusation(coder):
    _, evs = events(coder, "Moldova accused Russia of funding the protests. Russia's foreign ministry denied the charges "
                           "on Tuesday.")
    assert has(evs, "REJECT", "RUS")
    assert not has(evs, "ACCUSE", "RUS")   # the charges were made (by Moldova); denying them is no negated accusation


def test_filing_a_petition_with_a_court_is_a_request(coder):
    _, evs = events(coder, "The Kenyan opposition filed a petition with the Supreme Court on Friday to annul the vote.")
    assert has(evs, "REQUEST", "KEN")


def test_refusing_to_sit_down_with_a_party_is_a_refusal_to_meet(coder):
    _, evs = events(coder, "Serbia said it would not sit down with Kosovo officials until the blockade ends.")
    assert has(evs, "REJECT", "SRB", "XKX", "asserted")
    _, evs = events(coder, "The Serbian envoy sat down with Kosovo officials in Brussels on Friday.")
    assert not has(evs, "REJECT")


def test_declining_to_act_is_a_refusal_but_not_declining_to_comment(coder):
    _, evs = events(coder, "Hungary's government declined to lift its veto on the Ukraine aid package on Thursday.")
    assert has(evs, "REJECT", "HUN")
    _, evs = events(coder, "Hungary's foreign ministry declined to comment on the Ukraine aid package.")
    assert not has(evs, "REJECT")
    _, evs = events(coder, "Hungary's exports to Ukraine declined to their lowest level in a decade.")
    assert not has(evs, "REJECT")


def test_opening_a_trial_and_taking_a_state_to_court_are_accusations(coder):
    _, evs = events(coder, "Peru's Congress opened the trial of President Pedro Castillo on Monday.")
    assert has(evs, "ACCUSE", "PER")
    _, evs = events(coder, "Guyana took Venezuela to the International Court of Justice over the Essequibo border.")
    assert has(evs, "ACCUSE", "GUY", "VEN")


def test_a_resolution_that_condemns_speaks_for_the_body_that_approved_it(coder):
    _, evs = events(coder, "The Arab League's council met in Cairo and approved a resolution that firmly condemns the "
                           "Israeli strikes on Lebanon.")
    assert has(evs, "ACCUSE", "IGO", "ISR")
    assert not has(evs, "SUPPORT")   # approving the condemnation is the condemnation, not a SUPPORT


def test_putting_talks_on_hold_is_a_suspension(coder):
    _, evs = events(coder, "Norway put its border talks with Russia on hold after the incident.")
    assert has(evs, "SANCTION", "NOR", "RUS")
    _, evs = events(coder, "The Norwegian firm put its Arctic drilling project on hold.")
    assert not has(evs, "SANCTION")


def test_a_denial_of_a_claim_restated_in_the_sentence_answers_the_claims_speaker(coder):
    # "X said Y had shelled the town, an accusation that Y denied": the REJECT goes back to X, the speaker
    _, evs = events(coder, "Ethiopia's government accused Somali militias of smuggling weapons. The Kenyan interior "
                           "minister said the militias had shelled a border town on Sunday, a claim the militias denied.",
                    title="Border town shelled")
    rejects = [e for e in evs if e[0] == "REJECT"]
    assert rejects and rejects[0][1] == "SOM" and rejects[0][2] == "KEN", evs


def test_the_mission_after_a_named_peacekeeping_force_is_that_force(coder):
    # "the mission's vehicles" after a named peacekeeping force: that force, not a new (diplomatic) mission
    _, evs = events(coder, "The UN Peacekeeping Force in Cyprus, known as UNFICYP, urged restraint on Monday. UNFICYP "
                           "said a Turkish army patrol had fired at one of the mission's vehicles in the buffer zone.",
                    title="Clash on the Green Line")
    fired = [e for e in evs if e[0] == "ASSAULT"]
    assert fired and fired[0][1] == "TUR" and fired[0][2] == "UNO" \
        and ("Force" in (fired[0][5] or "") or fired[0][5] == "UNFICYP"), evs


def test_the_group_made_to_act_by_a_control_verb_is_the_armed_group_just_named(coder):
    # "prompting the group to fire rockets": "the group" is the armed group the sentence named, and it fires
    _, evs = events(coder, "A Turkish drone strike in northern Iraq on Friday hit a car carrying fighters of the "
                           "Kurdistan Workers' Party, prompting the group to fire mortars at a Turkish base.",
                    title="Drone strike in Iraq")
    assert any(e[0] == "ASSAULT" and e[4] and "Kurdistan" in e[4] for e in evs), evs


def test_a_request_for_a_session_of_a_body_is_aimed_at_that_body(coder):
    # "asked for an emergency session of the Council on X": the council is asked; X is only the subject
    _, evs = events(coder, "Ghana and Togo have asked for an emergency session of the African Union's Peace and "
                           "Security Council on Mali next week, two diplomats said.", title="Talks on Mali")
    requests = [e for e in evs if e[0] == "REQUEST"]
    assert requests and all(e[2] == "IGO" for e in requests), evs


def test_the_kingdom_is_the_monarchy_named_just_before(rules):
    _, evs = events(rules, "Jordan's army reported a rocket attack on a desert outpost. Hours later the kingdom hit back "
                           "with airstrikes on militant camps in southern Syria.")
    assert has(evs, "ASSAULT", "JOR")


def test_a_state_described_by_its_region_is_the_state_named_just_before(rules):
    # "the Gulf state": the state named before the description, not the accuser's own country
    _, evs = events(rules, "Chad recalled its envoy from Doha on Friday and accused the Gulf state of sheltering "
                           "insurgent chiefs.")
    assert has(evs, "ACCUSE", "TCD", "QAT"), evs
    assert not has(evs, "ACCUSE", "TCD", "TCD"), evs


@pytest.mark.parametrize("body, plover, src, tgt, present", [
    # a weapon launched by a party is that party's fire
    ("A drone launched by Sudanese paramilitary forces slammed into a Chadian army depot on Friday.",
     "ASSAULT", "SDN", "TCD", True),
    # threatening a truce endangers it and threatens no one
    ("Gunmen shelled a village near the frontier on Tuesday, threatening a fragile ceasefire.", "THREATEN", None, None, False),
    # an act of others in a while-clause of a refusal is a reproach
    ('"The Kenyan government will not sit idly while armed gangs tear up a truce that took years to build," the Kenyan '
     'interior minister said.', "SANCTION", None, None, False),
    # a denial joined to a said-clause is the speaker's rejection
    ("Ghana's trade minister said the complaint was unfounded and denied that Accra was discriminating against "
     "Togolese traders.", "REJECT", "GHA", "TGO", True),
    # a plural title before two named leaders gives both as parties
    ("Presidents Paul Kagame and Samia Suluhu Hassan spoke by phone on Friday and agreed that their trade ministers "
     "would meet in Kigali next week.", "CONSULT", "RWA", "TZA", True),
    # an accusation after a rejected generic claim is the main speaker's
    ("Ghana's Foreign Ministry rejected \"any suggestion\" that its territory hosts armed groups and accused Lome of "
     "trying to export its internal conflict.", "ACCUSE", "GHA", "TGO", True),
])
def test_one_sentence_acts_of_the_last_passes(rules, body, plover, src, tgt, present):
    _, evs = events(rules, body)
    assert has(evs, plover, src, tgt) == present, evs


def test_called_on_after_a_long_subject_is_an_appeal_not_a_name(coder):
    # the parser makes "called" a participle on "group" ("a group called X"); "called on X to resign" is the appeal
    _, evs = events(coder, "A group of retired officers in Lusaka on Friday called on President Hakainde Hichilema "
                           "to resign, hours after police detained an activist.")
    assert has(evs, "REQUEST", "ZMB", "ZMB")


def test_a_participle_after_the_closing_quote_is_the_speakers_act(coder):
    # 'rejecting' hangs on the quoted verb, but stands outside the quotation; "US calls" parsed as a clause
    _, evs = events(coder, 'Houthi lawmaker Ali Saleh said the group "will not give up its missiles while the blockade '
                           'continues," rejecting US calls for it to disarm near the border.')
    assert has(evs, "REJECT", "YEM", "USA")
    # with a counterpart already in the story, "US calls" (parsed as a clause) still names whose calls they are
    _, evs = events(coder, 'Saudi jets bombed Yemen on Sunday. Houthi lawmaker Ali Saleh said the group "will not give '
                           'up its missiles while the blockade continues," rejecting US calls for it to disarm.')
    assert has(evs, "REJECT", "YEM", "USA")


def test_a_bare_participle_joined_to_a_passive_is_passive_too(coder):
    _, evs = events(coder, "Opposition leader John Mbeki was arrested at his home in Soweto and charged with incitement.")
    assert has(evs, "ACCUSE", "ZAF", "ZAF", "asserted")
    _, evs = events(coder, '"Anyone who blocks the highway in Soweto again will be arrested and charged," the South '
                           'African police chief told reporters.')
    assert not has(evs, "ACCUSE", fact="asserted")


def test_a_demand_joined_to_a_banner_reading_is_the_crowds(coder):
    _, evs = events(coder, 'By evening, several thousand supporters of the Pheu Thai Party had gathered at the monument '
                           'in Bangkok, waving banners reading "Stolen vote" and demanding that the judges resign.')
    assert has(evs, "REQUEST", "THA")


def test_a_hostile_act_announced_on_condition_of_anothers_act_is_a_threat(coder):
    _, evs = events(coder, "Thailand's Bhumjaithai Party said it would quit the government if Prime Minister Srettha "
                           "Thavisin tried to sack the army chief.")
    assert has(evs, "THREATEN", "THA", "THA", "asserted")
    _, evs = events(coder, "Colombia's ELN rebels said they would release the two soldiers to the Catholic Church if "
                           "President Gustavo Petro paused the offensive.")
    assert not has(evs, "THREATEN")   # a release on condition is an offer, not a threat


def test_calling_denationalisations_crimes_accuses_the_state_that_did_them(coder):
    _, evs = events(coder, "Belarus stripped 40 exiled critics of their citizenship on Monday. UN experts said the "
                           "denationalisations may amount to crimes against humanity.")
    assert has(evs, "ACCUSE", "UNO", "BLR")


def test_offering_citizenship_to_people_stripped_of_theirs_is_aid(coder):
    _, evs = events(coder, "Nicaragua stripped 40 critics of their citizenship on Monday. Portugal's Foreign Ministry "
                           "offered Portuguese citizenship to all 40.")
    assert has(evs, "AID", "PRT", "NIC")


def test_strikes_conducted_are_military_not_labour(rules):
    _, evs = events(rules, "The Ghanaian army said it had not conducted any strikes near the border town.")
    assert has(evs, "ASSAULT", "GHA") and not has(evs, "PROTEST")


def test_a_vigil_staged_outside_an_embassy_is_a_protest(rules):
    _, evs = events(rules, "Dozens of exiled Iranian journalists staged a silent vigil outside the Iranian embassy in Paris.")
    assert has(evs, "PROTEST")


def test_opening_shelters_for_refugees_is_aid(rules):
    _, evs = events(rules, "Kenyan authorities opened two temporary shelters for the Somali refugees.")
    assert has(evs, "AID", "KEN")


def test_withdrawing_diplomats_announced_in_a_statement_is_a_planned_sanction(rules):
    _, evs = events(rules, "Chile's Foreign Ministry said in a statement that it would withdraw its remaining diplomats "
                           "from Caracas but keep its consulate open.")
    assert has(evs, "SANCTION", "CHL", fact="hypothetical") and not has(evs, "THREATEN")


def test_a_can_generalisation_about_others_is_no_act(rules):
    _, evs = events(rules, '"They can raid our offices, but they cannot raid our memories," the Kenyan opposition '
                           'leader Amani Wekesa told supporters.')
    assert not has(evs, "COERCE")
    _, evs = events(rules, "Kenyan police blocked a road in Nairobi on Monday.")
    assert evs


def test_halting_another_partys_bookings_is_a_sanction(rules):
    _, evs = events(rules, "The Ghana Ports Authority halted the Togolese company's bookings on May 3, citing unpaid fees.")
    assert has(evs, "SANCTION", "GHA")


def test_parking_trucks_to_protest_is_a_protest(rules):
    _, evs = events(rules, "Hundreds of Togolese truck drivers parked their trucks across the highway at Aflao on Monday "
                           "to protest against weeks of delays.")
    assert has(evs, "PROTEST", "TGO")


def test_dismissing_a_closure_as_theatre_is_a_rejection(rules):
    _, evs = events(rules, "Lithuania closed the border with Belarus. Minsk dismissed the border closure as \"political theatre\".")
    assert has(evs, "REJECT", "BLR", "LTU")


def test_appeal_joined_after_an_accusations_of_phrase_is_the_accusers(rules):
    _, evs = events(rules, "In Accra, opposition leader Kofi Mensah accused the government of \"betraying farmers\" to "
                           "protect cocoa traders and called on parliament to open an inquiry.")
    assert has(evs, "REQUEST", "GHA") and has(evs, "ACCUSE", "GHA")


def test_appeal_joined_to_a_purpose_infinitive_is_the_accusers(rules):
    _, evs = events(rules, "In Accra, opposition leader Kofi Mensah accused the government of \"bullying a neighbour\" "
                           "to shield politically connected cocoa traders and called on the National Assembly to open an inquiry.")
    assert has(evs, "REQUEST", "GHA")


def test_request_for_a_halt_to_an_act_is_aimed_at_its_doer(coder):
    # "urged a halt to the shelling": the party asked is the one that shelled, not the latest party that halted
    # something else (a border closure)
    _, evs = events(coder, "Venezuelan artillery shelled two Guyanese villages on Monday, Guyana's army said.\n\n"
                           "Guyanese authorities closed the main border crossing on Tuesday.\n\n"
                           "A Caribbean Community envoy met officials in Georgetown and urged an immediate halt "
                           "to the shelling.", title="Caribbean envoy urges restraint")
    asks = [e for e in evs if e[0] == "REQUEST"]
    assert asks and asks[0][2] == "VEN", evs


@pytest.mark.parametrize("body, plover, src, tgt, absent", [
    pytest.param("Brazil said it would never recognise the extended embargo on Havana.",
                 "REJECT", "BRA", None, ("SUPPORT", "BRA"), id="announced_refusal_to_recognise_is_a_rejection"),
    pytest.param("Sudanese soldiers sided with protesters in Khartoum on Saturday.",
                 "SUPPORT", "SDN", None, None, id="siding_with_a_party_is_support"),
    pytest.param("Police in Senegal ordered two private television stations off the air.",
                 "COERCE", "SEN", None, None, id="ordering_a_station_off_the_air_is_censorship"),
    # "is scheduled to meet": the scheduled party is the one who meets
    pytest.param("Chile's foreign minister is scheduled to meet Peruvian President Dina Boluarte in Lima on Friday.",
                 "CONSULT", "CHL", "PER", None, id="doer_of_an_infinitive_after_a_passive_is_its_passive_subject"),
    pytest.param("Mali's military rulers cut diplomatic relations with Algeria on Monday.",
                 "SANCTION", "MLI", "DZA", None, id="cutting_diplomatic_relations_is_a_sanction_on_the_other_state"),
    # "from Kuala Lumpur", "from New Zealand": a place name of several words still names the state
    pytest.param("Chad's government recalled its envoy from Kuala Lumpur on Tuesday.",
                 "SANCTION", "TCD", "MYS", None, id="recall_from_a_two_word_capital_is_aimed_at_its_state"),
    pytest.param("Chad's government recalled its envoy from New Zealand on Tuesday.",
                 "SANCTION", "TCD", "NZL", None, id="recall_from_a_two_word_country_name_is_aimed_at_its_state"),
    pytest.param('The French foreign ministry called the arrest "a grave setback for press freedom in Algeria".',
                 "ACCUSE", "FRA", None, ("REQUEST",), id="naming_an_act_a_setback_for_a_cause_is_no_call_for_it"),
    pytest.param("A Kenyan army colonel released a video urging soldiers to ignore their officers.",
                 "REQUEST", "KEN", None, None, id="a_released_video_urging_others_speaks_for_who_released_it"),
    pytest.param("Bolivia's president opened consultations with opposition party chiefs.",
                 "CONSULT", "BOL", None, None, id="opening_consultations_is_a_meeting"),
])
def test_one_sentence_acts_and_their_parties(rules, body, plover, src, tgt, absent):
    _, evs = events(rules, body)
    assert has(evs, plover, src, tgt), evs
    if absent:
        assert not has(evs, *absent), evs


def test_not_withdrawing_despite_pressure_is_a_refusal(rules):
    _, evs = events(rules, "The Serbian army said it would not pull out of the border villages despite calls by NATO.")
    assert has(evs, "REJECT", "SRB", fact="asserted") and not has(evs, "RETREAT", "SRB")


def test_both_capitals_are_the_two_states_named_before(rules):
    # "urged both capitals": one request to each of the two states the story has just named
    _, evs = events(rules, "Tanzanian troops shelled a Ugandan border post on Sunday. Uganda accused Tanzania of "
                           "aggression. The East African Community called on both capitals to exercise restraint.")
    assert has(evs, "REQUEST", "IGO", "TZA") and has(evs, "REQUEST", "IGO", "UGA"), evs


def test_rights_group_urging_a_state_to_cooperate_with_a_court_asks_that_state(rules):
    # a body of no state has no "own" party to send to deal with the court: the state named is asked
    _, evs = events(rules, "Amnesty International welcomed the ruling and urged Hanoi to cooperate with the court.")
    assert has(evs, "REQUEST", "NGO", "VNM"), evs
    assert not has(evs, "REQUEST", "NGO", "NGO"), evs


def test_rejecting_an_accusation_by_a_compatriot_answers_the_compatriot(rules):
    # the latest accusation aimed at the rejecter's side is the one rejected, even from its own country
    _, evs = events(rules, "KAMPALA, May 3 (Reuters) - The International Criminal Court issued a warrant for former "
                           "president Idi Okello, accusing him of murder. Opposition leader Bobi Wine accused the "
                           "administration of President Museveni of \"kidnapping\" Okello. The two men have long been "
                           "rivals. Museveni rejected the accusation on Friday.")
    assert has(evs, "REJECT", "UGA", "UGA"), evs
    assert not has(evs, "REJECT", "UGA", "IGO"), evs


def test_states_that_trigger_a_bodys_sanctions_are_their_source(rules):
    _, evs = events(rules, "Sweden and Norway on Friday invoked a clause to restore European Union sanctions "
                           "on Belarus.")
    assert has(evs, "SANCTION", "SWE", "BLR") and has(evs, "SANCTION", "NOR", "BLR"), evs
    assert not has(evs, "SANCTION", "EUR", "BLR"), evs


def test_passive_beating_without_doer_is_assault(coder):
    _, evs = events(coder, "Several Kenyan marchers were beaten after being bundled into trucks, a rights group said.",
                    title="Kenya protest crackdown")
    assert has(evs, "ASSAULT", tgt="KEN")
    _, evs = events(coder, "The Kenyan ruling party was beaten in the county election.", title="Kenya vote")
    assert not has(evs, "ASSAULT")


def test_beaten_with_batons_after_clause_target(coder):
    _, evs = events(coder, "Three Kenyan nurses needed stitches after being beaten with clubs by guards, "
                           "their union said.", title="Kenya strike")
    assert has(evs, "ASSAULT", tgt="KEN")


def test_confiscation_noun_is_seizure(coder):
    _, evs = events(coder, "A Cuban tribunal jailed six dissidents and ordered a confiscation of their houses.",
                    title="Cuba dissidents sentenced")
    assert has(evs, "COERCE", "CUB")
    _, evs = events(coder, "Bolivian authorities announced the expropriation of three mines run by a Canadian firm.",
                    title="Bolivia mines")
    assert has(evs, "COERCE", "BOL")


def test_granting_protection_is_aid(coder):
    _, evs = events(coder, "Portugal granted temporary protection to 500 Ukrainians fleeing the war.",
                    title="Refugees")
    assert has(evs, "AID", "PRT")
    assert not has(evs, "CONCEDE", "PRT")


def test_refusing_to_appear_in_court_is_boycott(coder):
    _, evs = events(coder, "The jailed Algerian opposition leader refused to appear in court on Monday, his lawyers said.",
                    title="Algeria trial")
    assert has(evs, "PROTEST", "DZA")
    _, evs = events(coder, "The Algerian journalist refused to attend the hearing.", title="Algeria trial")
    assert has(evs, "PROTEST", "DZA")


@pytest.mark.parametrize("text", [
    "Kenya's cabinet on Thursday suspended a planned fuel price rise after unrest in Mombasa.",
    "Nigeria's bus drivers' union announced it would suspend its stoppage until Monday.",
    "Teachers in Chile suspended their walkout on Friday.",
    "Opposition parties in Togo suspended their boycott of parliament.",
])
def test_suspending_ones_own_price_rise_or_protest_is_a_concession(rules, text):
    # a government halting its own price rise, or dissidents halting their stoppage or boycott, eases its stance
    _, evs = events(rules, text)
    assert has(evs, "CONCEDE"), evs
    assert not has(evs, "SANCTION"), evs


def test_suspending_aid_to_another_state_stays_a_sanction(rules):
    _, evs = events(rules, "Canada suspended aid to Haiti on Monday.")
    assert has(evs, "SANCTION", "CAN", "HTI"), evs


@pytest.mark.parametrize("text", [
    "Peru's Congress voted 80-20 to dismiss Prime Minister Juan Soto on Tuesday.",
    "Nepal's ruling council voted on Friday to sack the army chief.",
])
def test_a_body_voting_to_dismiss_an_official_sanctions_him(rules, text):
    # removal by vote is a formal measure against the official, not a government easing its stance
    _, evs = events(rules, text)
    assert has(evs, "SANCTION"), evs
    assert not has(evs, "CONCEDE"), evs


def test_a_president_dismissing_his_minister_stays_a_concession(rules):
    _, evs = events(rules, "Peru's president dismissed his interior minister on Tuesday after the protests.")
    assert has(evs, "CONCEDE", "PER", "PER"), evs


def test_a_present_verb_joined_to_a_describing_relative_clause_describes_too(rules):
    # "which holds X and is backed by Y": both verbs tell what the party is, not a new act
    _, evs = events(rules, "In the north, the Kurdish militia, which controls much of the border and is backed by "
                           "Washington, moved its units toward Raqqa.")
    assert not has(evs, "SUPPORT"), evs


def test_a_past_act_joined_to_a_describing_relative_clause_is_still_reported(rules):
    _, evs = events(rules, "In the north, the Kurdish militia, which controls much of the border and on Monday "
                           "attacked Turkish troops, moved its units toward Raqqa.")
    assert has(evs, "ASSAULT", None, "TUR"), evs


@pytest.mark.parametrize("body,plover,country,not_plover", [
    # banning foreign officials from entering is an entry ban (sanction), not a domestic restriction
    pytest.param('Lithuania on Monday banned six Belarusian judges from entering the country.', 'SANCTION', 'LTU', 'COERCE', id='entry-ban'),
    # a vow to retake a town is a threat of force, not a promise
    pytest.param('The Malian army vowed on Sunday to retake the town of Tessalit from the rebels.', 'THREATEN', 'MLI', 'AGREE', id='vow-to-retake'),
    # retaliating with a ban or with tariffs is a sanction, not an attack
    pytest.param("Bolivia retaliated on Monday with an import ban on Chilean grapes.", 'SANCTION', 'BOL', 'ASSAULT', id='retaliate-with-ban'),
    pytest.param('Canada retaliated with tariffs on American steel on Friday.', 'SANCTION', 'CAN', 'ASSAULT', id='retaliate-with-tariffs'),
    # a chargé d'affaires is a diplomat: expelling one is a diplomatic sanction, not a deportation
    pytest.param("Poland expelled the Russian chargé d'affaires on Monday.", 'SANCTION', 'POL', 'COERCE', id='expelled-charge'),
    pytest.param("Ghana ordered the expulsion of the Nigerian chargé d'affaires on Friday.", 'SANCTION', 'GHA', 'COERCE', id='expulsion-of-charge'),
    # hosting foreign bases ("bases", lemma "basis") is no visit
    pytest.param("Officials in N'Djamena again denied hosting French bases near Abeche on Tuesday.", 'REJECT', 'TCD', 'CONSULT', id='denied-hosting-bases'),
])
def test_types_diplomats_and_bases_of_round_31(rules, body, plover, country, not_plover):
    _, evs = events(rules, body, title="Regional news")
    assert has(evs, plover, country), evs
    assert not has(evs, not_plover), evs


def test_a_non_state_body_blaming_both_governments_blames_its_own_as_well(coder):
    _, evs = events(coder, "Ghana closed its border with Togo on Monday. Togo accused Ghana of harassing traders. "
                           "Residentes Unidos, a union of traders based in Accra, accused both governments of ruining "
                           "their business.", title="Ghana and Togo trade blame over border")
    assert has(evs, "ACCUSE", "GHA", "GHA") and has(evs, "ACCUSE", "GHA", "TGO")


@pytest.mark.parametrize("body,plover,fact", [
    # ordering action against a party is coercion; stopping short of it is the act negated
    ("The Peruvian defence minister ordered disciplinary action against the mutinous cadets on Monday.", "COERCE", "asserted"),
    ("The Peruvian defence minister stopped short of ordering disciplinary action against the mutinous cadets.", "COERCE", "negated"),
    # "will not reopen" a law is a refusal
    ("The Peruvian Congress speaker said the chamber would not reopen the mining law.", "REJECT", None),
])
def test_ordered_action_and_no_reopening_round_25c(rules, body, plover, fact):
    _, evs = events(rules, body, title="Peru politics")
    assert has(evs, plover, "PER", fact=fact), evs


def test_courts_and_an_opposition_aim_unnamed_acts_at_their_own_state(coder):
    # courts and an opposition check their own government: with no target named, not the story's other state
    _, evs = events(coder, "A Polish appeals court on Friday ruled that holding asylum seekers in Polish-run centres "
                           "in Ukraine was unlawful. Ukrainian Prime Minister Denys Shmyhal said Ukraine would honour "
                           "the agreement with Poland. Ukraine's foreign ministry said Kyiv had spoken to Warsaw. The "
                           "centres, patrolled by Polish guards, have been idle since judges halted the initial transfers. "
                           "Warsaw turned them into holding sites, but judges have so far refused to approve "
                           "the detentions. Ukraine's main opposition party demanded that the agreement be cancelled.",
                     title="Polish court rules Ukraine holding camps unlawful")
    assert has(evs, "REJECT", "POL", "POL") and not has(evs, "REJECT", "POL", "UKR"), evs
    assert has(evs, "REQUEST", "UKR", "UKR") and not has(evs, "REQUEST", "UKR", "POL"), evs


@pytest.mark.parametrize("story, title, expected, absent", [
    # the criticism rejected is the compatriot opposition's charge against the rejecter's side, not the foreign state's
    pytest.param("Russia on Monday banned 12 Georgian activists from entering the country. Moscow's foreign "
                 "ministry accused the activists of serving foreign interests. Georgia's foreign ministry "
                 "condemned the bans. At home, Georgia's opposition United National Movement criticized the "
                 "bans but also blamed Prime Minister Irakli Kobakhidze for provoking Russia. The party's "
                 "leader called on Kobakhidze to resume talks with Moscow. Kobakhidze's office rejected the "
                 "criticism, saying the government had always sought calm relations.",
                 "Russia bans Georgian activists", ("REJECT", "GEO", "GEO"), ("REJECT", "GEO", "RUS"),
                 id="rejecting_criticism_answers_a_domestic_critic"),
    # "police" with no country named on it, in a clause joined to Colombia's deployment, is Colombia's police
    pytest.param("Ecuador declared a state of emergency in the border province of Carchi on Monday. "
                 "Ecuadorean police were sent to the border. Colombia deployed some 900 soldiers to its "
                 "southern border on Tuesday, and police began deporting Haitian migrants who lacked papers, "
                 "Colombian officials said. Ecuador's foreign minister accused Bogota of creating a crisis.",
                 "Ecuador declares emergency at Colombia border", ("COERCE", "COL", "HTI"), ("COERCE", "ECU", "HTI"),
                 id="a_bare_force_in_a_clause_joined_to_a_states_act_is_that_states"),
    # "asked him" after "held talks with the Nigerien president": not the envoy who was a subject a sentence before
    pytest.param("The United States said on Friday it would cut funding for the regional force. Washington's "
                 "envoy told donors last month that Mali should shoulder more of the burden of its "
                 "defence. Malian President Assimi Goita held talks with Nigerien President Abdourahamane "
                 "Tiani by telephone on Sunday and asked him to postpone the pullout, the presidency said.",
                 "Mali asks Niger to keep troops", ("REQUEST", "MLI", "NER"), ("REQUEST", "MLI", "USA"),
                 id="an_object_pronoun_is_the_other_party_of_its_own_sentence"),
    # insurgents of the home state taking a town of the home state: not an act on the story's other state
    pytest.param("MAIDUGURI, Nigeria (AP) — Boko Haram fighters captured the town of Monguno in Nigeria's "
                 "Borno state on Friday, hours after Chadian troops serving with the regional force left "
                 "their base. Chad's army said its 800 soldiers were pulling out of "
                 "Nigeria. Chad's government said the troops would leave Nigeria by December.",
                 "Nigeria asks Chad to keep troops in lake force", ("ASSAULT", "NGA", "NGA"), ("ASSAULT", "NGA", "TCD"),
                 id="a_place_taken_is_of_the_state_it_lies_in"),
    pytest.param("MAIDUGURI, Nigeria (AP) — Boko Haram fighters captured the town of Monguno on Friday. "
                 "Chad's army said its 800 soldiers were pulling out of Nigeria, "
                 "and complained that the African Union still owed the troops five months of pay. Nigerian President "
                 "Bola Tinubu held talks with Chadian President Mahamat Deby. Chad's government said the "
                 "troops would leave Nigeria by December.",
                 "Chad pulls troops from Nigeria", ("ACCUSE", "TCD", "IGO"), ("ACCUSE", "TCD", "NGA"),
                 id="a_complaint_is_about_the_subject_of_its_content_clause"),
    pytest.param("LOME, March 3 (Reuters) - Gunmen killed nine Togolese soldiers near the border with Burkina "
                 "Faso, Togo's government said on Tuesday, blaming the military rulers in Ouagadougou for "
                 "harbouring the gunmen. Burkina Faso denied the charge.",
                 "Togo blames Burkina Faso after border raid", ("ACCUSE", "TGO", "BFA"), ("ACCUSE", "TGO", "TGO"),
                 id="rulers_named_by_their_seat_are_that_state"),
])
def test_story_roles_of_round_31(coder, story, title, expected, absent):
    _, evs = events(coder, story, title=title)
    assert has(evs, *expected) and not has(evs, *absent), evs


@pytest.mark.parametrize("body,src,tgt", [
    # the small model hangs the main verb on the apposition as a participle ("X, a close ally of Y, called ...")
    ('Romanian Foreign Minister Emil Hurezeanu, a close ally of Nicusor Dan, called Hungary\'s decision '
     '"unacceptable" and voiced Bucharest\'s full support for Chisinau.', "ROU", "HUN"),
    ('Austrian Foreign Minister Beate Meinl-Reisinger, a close ally of Stocker, called Hungary\'s decision '
     '"unacceptable" on Monday.', "AUT", "HUN"),
])
def test_a_quoted_reproach_after_an_appositive_subject_is_an_accusation(rules, body, src, tgt):
    _, evs = events(rules, body, title="Regional news")
    assert has(evs, "ACCUSE", src, tgt), evs


def test_an_appositive_subject_keeps_the_support_it_voiced(rules):
    _, evs = events(rules, 'Romanian Foreign Minister Emil Hurezeanu, a close ally of Nicusor Dan, called Hungary\'s '
                           'decision "unacceptable" and voiced Bucharest\'s full support for Chisinau.', title="Regional news")
    assert has(evs, "SUPPORT", "ROU", "MDA"), evs


def test_troops_sent_with_no_sender_named_are_the_speaking_states_move(rules):
    # a passive with no agent: the state body telling of the move speaks of its own forces
    _, evs = events(rules, "Malian Defence Minister Sadio Camara said fresh reinforcements had been sent north to Kidal.",
                    title="Regional news")
    assert has(evs, "MOBILIZE", "MLI"), evs


def test_a_spanish_wire_dateline_under_a_long_headline_is_no_subject(rules):
    # "City, Country, Mon D (EFE).- Country declared ...": the dateline (with ".-" after the agency) is no party, and a
    # headline too long for a byline still stands above it
    text = ("Andes — Security Ecuador declares emergency in Guayas province as prison riots spread to two more jails\n\n"
            "Guayaquil, Ecuador, Apr 2 (EFE).- Ecuador declared a state of emergency in the coastal province of Guayas "
            "on Sunday and sent soldiers to guard three prisons.")
    r = rules.code_text(text)
    body = r.article.text.index("Ecuador declared")
    evs = [(e.plover, e.source_country) for e in r.events if e.trigger[0] >= body]
    assert ("COERCE", "ECU") in evs, r.events
    names = {a.id: a.name for a in r.actors}
    assert not any(names.get(e.source) == "Guayaquil" for e in r.events), r.events


@pytest.mark.parametrize("body,protest", [
    # traders closing their own shops or stalls in protest strike; the police closing shops do not
    ("Market traders in Accra closed their shops on Monday in protest against a new tax.", True),
    ("Ghanaian shopkeepers shut their stores to protest the new tax.", True),
    ("Ghanaian police closed the shops in the market on Monday.", False),
])
def test_traders_shutting_their_own_shops_protest(rules, body, protest):
    _, evs = events(rules, body, title="Regional news")
    assert has(evs, "PROTEST", "GHA") == protest, evs


def test_shopkeepers_are_a_group_that_can_strike(rules):
    # shopkeepers (like traders) are people of a sector, so their strike has a doer
    _, evs = events(rules, "Shopkeepers in the Kumasi central market shut their stalls on Wednesday in a strike against "
                           "the new levy, Ghanaian officials said.", title="Strike spreads in Kumasi")
    assert has(evs, "PROTEST", "GHA"), evs


@pytest.mark.parametrize("body,src,tgt", [
    # a past speech act joined after "and" to an infinitive hung on the object of a reported clause is the
    # speaker's own second act (a parse slip), not part of what was said
    ("A Peruvian lawmaker said the coastal towns had every right to fish their waters and dismissed the Bolivian "
     "protest as a stunt.", "PER", "BOL"),
    ("The Chilean minister said the country had every right to defend its borders and rejected the Bolivian claim.",
     "CHL", "BOL"),
])
def test_a_dismissal_after_a_reported_right_is_the_speakers_round_27c(rules, body, src, tgt):
    _, evs = events(rules, body, title="Regional news")
    assert has(evs, "REJECT", src, tgt), evs


@pytest.mark.parametrize("body,fact", [
    # "allowed X to V": the parser makes X the infinitive's subject; it is still what is allowed
    ("Syria has not allowed UN inspectors to visit the site since March.", "negated"),
    ("Syria allowed UN inspectors to visit the site on Monday.", "asserted"),
])
def test_allowing_inspectors_to_visit_round_27c(rules, body, fact):
    _, evs = events(rules, body, title="Syria inspections")
    assert has(evs, "RETREAT", "SYR", fact=fact), evs


@pytest.mark.parametrize("body,retreat", [
    # "until X resigns" in the present tense names an awaited act (the aim of a strike or a sit-in), not one done
    ("Peruvian unions called an open-ended national strike until the president steps down.", False),
    ("Farmers in Peru vowed to block the highways until the agriculture minister resigns.", False),
    ("The Peruvian president stepped down on Monday after weeks of protests.", True),
])
def test_until_clause_in_the_present_is_an_awaited_act(rules, body, retreat):
    _, evs = events(rules, body, title="Regional news")
    assert has(evs, "RETREAT", "PER") == retreat, evs


@pytest.mark.parametrize("body", [
    # agreeing to let / allow / permit others do something grants a permission: a concession, not an agreement
    "The Peruvian interior ministry agreed to let the families visit the detained activists.",
    "Peru's justice ministry agreed to allow independent doctors to examine the prisoners.",
])
def test_agreeing_to_let_someone_act_is_a_concession(rules, body):
    _, evs = events(rules, body, title="Regional news")
    assert has(evs, "CONCEDE", "PER") and not has(evs, "AGREE", "PER"), evs


@pytest.mark.parametrize("body,title,plover,src,tgt", [
    # spaCy lemmatizes "staged" as "stag": the sit-in must still be found
    pytest.param('Kenyan nurses staged a sit-in at the health ministry.', 'Regional news', 'PROTEST', 'KEN', None, id='staged-sit-in'),
    # "beaten with clubs by soldiers": the parser attaches "by soldiers" to "clubs"; the soldiers still beat them
    pytest.param('Two Kenyan nurses needed stitches after being beaten with clubs by soldiers.', 'Regional news', 'ASSAULT', 'KEN', 'KEN', id='by-phrase-on-instrument-after-being'),
    pytest.param('Peruvian students were beaten with batons by police officers on Monday.', 'Regional news', 'ASSAULT', 'PER', 'PER', id='by-phrase-on-instrument'),
    # a participle hung on the first of two joined nouns describes both: "stones ... thrown" is an attack
    pytest.param('Eleven Peruvian police officers were hurt by bottles and stones thrown by protesters.', 'Peru unrest', 'ASSAULT', 'PER', None, id='participle-on-joined-nouns'),
    # a crowd told only by its size is the story's people protesting
    pytest.param('Police in Peru fired tear gas on Friday as thousands rallied outside Congress against a new mining law.', 'Peru unrest', 'PROTEST', 'PER', None, id='thousands-rallied'),
    pytest.param('Hundreds marched through the streets of Lima on Friday.', 'Peru unrest', 'PROTEST', 'PER', None, id='hundreds-marched'),
    # the people behind a coup bid, named only as such, are actors of the story's country
    pytest.param('The Peruvian army chief said the plotters stormed a barracks in Cusco before dawn.', 'Peru coup bid', 'ASSAULT', 'PER', None, id='coup-plotters'),
    pytest.param('The Peruvian army chief said the conspirators stormed a barracks in Cusco before dawn.', 'Peru coup bid', 'ASSAULT', 'PER', None, id='coup-conspirators'),
    # setting up a joint post, committee or command with another party is cooperation
    pytest.param('Peruvian and Bolivian commanders set up a joint border post at Desaguadero to watch over the ceasefire.', 'Andean border', 'COOPERATE', 'PER', 'BOL', id='joint-post'),
    pytest.param('Peru and Chile established a joint command on Friday.', 'Andean border', 'COOPERATE', 'PER', 'CHL', id='joint-command'),
    # a vow to refrain from force is a promise of restraint; a vow never to talk stays a refusal
    pytest.param('The Peruvian army pledged not to bomb the villages held by the insurgents.', 'Peru truce', 'AGREE', 'PER', None, id='pledged-no-air-strikes'),
    pytest.param('The Peruvian army promised not to attack the rebel towns.', 'Peru truce', 'AGREE', 'PER', None, id='promised-not-to-attack'),
    pytest.param('The Peruvian government vowed never to negotiate with the rebels.', 'Peru truce', 'REJECT', 'PER', None, id='vowed-never-to-negotiate'),
    # "killed in clashes between A and B": the fight between the two named parties is an event beside the killing
    pytest.param('One Peruvian soldier was killed in clashes between police and Bolivian soldiers.', 'Border clash', 'ASSAULT', 'PER', 'BOL', id='killed-in-clashes-between'),
    # "an exchange of fire between A and B" is such a fight
    pytest.param('There was an exchange of fire between Peruvian police and Bolivian soldiers on Sunday.', 'Border clash', 'ASSAULT', 'PER', 'BOL', id='exchange-of-fire-between'),
    # an order with a participle small clause on its object ("ordered X held in detention") is the detention order
    pytest.param('A Peruvian court ordered the activists held in pre-trial detention.', 'Regional news', 'COERCE', 'PER', None, id='ordered-held'),
    pytest.param('A Peruvian court ordered three of the activists held in pre-trial detention for a month.', 'Regional news', 'COERCE', 'PER', None, id='ordered-three-of-them-held'),
])
def test_one_sentence_acts_of_rounds_25c_to_31(rules, body, title, plover, src, tgt):
    _, evs = events(rules, body, title=title)
    assert has(evs, plover, src, tgt), evs


def test_declared_persona_non_grata_with_a_phrase_after_the_object(rules):
    # "declared X in <city> persona non grata": the complement parsed as a subjectless clause is still the row's word
    _, evs = events(rules, "Ecuador declared a Peruvian diplomat in Quito persona non grata on Friday.",
                    title="Regional news")
    assert has(evs, "SANCTION", "ECU"), evs


@pytest.mark.parametrize("body,accuse", [
    # linking someone to a plot or an attack accuses them; a person described as linked to one is no act
    ("Peru's intelligence agency linked the Ecuadorian attache to a foiled bomb plot.", True),
    ("Ecuadorian prosecutors linked two Peruvian officers to the killing of a journalist.", True),
    ("A Peruvian man linked to the bomb plot was arrested in Lima.", False),
])
def test_linking_someone_to_a_plot_is_an_accusation(rules, body, accuse):
    _, evs = events(rules, body, title="Regional news")
    assert has(evs, "ACCUSE") == accuse, evs


def test_a_role_with_a_named_person_in_apposition_is_that_person(rules):
    # "The <body> chairperson, <Name>, urged ...": the person, not the body word among the role's modifiers
    _, evs = events(rules, "Togolese police detained the opposition leader Kossi Amenyo on Monday. The African Union "
                           "Commission chairperson, Amara Diallo, called for his release and urged the Togolese "
                           "authorities to respect the law.", title="AU urges Togo to free opposition leader")
    assert has(evs, "REQUEST", "IGO", "TGO"), evs
    assert not has(evs, "REQUEST", "TGO"), evs


def test_a_pan_regional_civil_society_movement_is_an_international_ngo(rules):
    # "X, a pan-African civil-society movement, accused ...": no state of its own, an international NGO
    _, evs = events(rules, "Guinea's military government dissolved the electoral commission on Monday. Afrikki Vision, "
                           "a pan-African civil-society movement, accused the junta of staging a coup against the voters.",
                    title="Guinea dissolves electoral commission")
    assert has(evs, "ACCUSE", "NGO", "GIN"), evs


def test_a_protest_by_people_of_no_stated_country_is_the_home_countrys(rules):
    # "About forty reporters held a picket": a crowd named with no country protests in the story's country
    _, evs = events(rules, "A court in Tashkent sentenced the Uzbek blogger Aziz Karimov to five years on Tuesday. "
                           "About forty reporters held a picket in front of the courthouse on Thursday.",
                    title="Uzbek court jails blogger")
    assert has(evs, "PROTEST", "UZB", "UZB"), evs


def test_every_state_of_a_listed_reaction_is_a_source(rules):
    # "A, the B, C and D condemned ...": four states, one named with "the" (parsed as an apposition) and the last
    # chained onto the third; each condemns
    _, evs = events(rules, "Russian missiles hit a hospital in Kyiv on Monday. Poland, the Czech Republic, Slovakia "
                           "and Hungary condemned the attack as a war crime.", title="Russian strike hits Kyiv hospital")
    for iso in ("POL", "CZE", "SVK", "HUN"):
        assert has(evs, "ACCUSE", iso, "RUS"), (iso, evs)


def test_a_named_state_in_apposition_inside_a_list_is_a_member(rules):
    _, evs = events(rules, "Iranian drones struck an oil terminal in Basra on Sunday. Jordan, the United Arab "
                           "Emirates, Kuwait and Bahrain denounced the strike.", title="Drones strike Basra terminal")
    assert has(evs, "ACCUSE", "ARE", "IRN"), evs
    assert has(evs, "ACCUSE", "BHR", "IRN"), evs


@pytest.mark.parametrize("body, title, plover, src, tgt", [
    # "flogged three women": corporal punishment of people is a physical assault (types37)
    ("Witnesses in Afghanistan said Taliban fighters flogged three women in a stadium on Friday.",
     "Taliban flog women in stadium", "ASSAULT", "AFG", "AFG"),
    # "flew to Kampala": a leader's flight to another capital is a visit, as "travelled to" (types37)
    ("Kenya's President William Ruto flew to Kampala on Monday for a summit on trade.", "Ruto in Uganda",
     "CONSULT", "KEN", "UGA"),
    # "ordered three battalions to X": as "ordered troops to X" (types37)
    ("Nigeria's army chief ordered three battalions to Borno State on Friday after the raid.", "Army reinforces Borno",
     "MOBILIZE", "NGA", None),
    # "announced $5 million in aid": an aid act, as "pledged aid" (types37)
    ("Japan announced 5 million dollars in emergency aid on Tuesday for the flood victims.", "Japan gives flood aid",
     "AID", "JPN", None),
    # "sent a convoy of fuel trucks to X": the goods named after "of" make the sending aid (types35)
    ("Qatar sent a convoy of fuel trucks to Beirut on Monday to relieve the shortages.", "Regional tensions rise",
     "AID", "QAT", "LBN"),
])
def test_lexicon_rows_of_the_blind35_to_blind41_analysis(rules, body, title, plover, src, tgt):
    _, evs = events(rules, body, title=title)
    assert has(evs, plover, src, tgt), evs


def test_a_captive_flown_somewhere_pays_no_visit(rules):
    # "was released and flown to": the hostage is carried, nobody visits; "flew to" by a minister stays a visit
    _, evs = events(rules, "The kidnapped engineer was released by the gunmen on Sunday and flown to Niamey, the "
                           "company said.", title="Engineer freed")
    assert not has(evs, "CONSULT"), evs
    _, evs = events(rules, "Kenya's foreign minister flew to Addis Ababa on Monday for talks with Ethiopian "
                           "officials.", title="Minister visits Ethiopia")
    assert has(evs, "CONSULT", "KEN", "ETH"), evs


def test_warships_shadowing_another_sides_vessel_is_a_show_of_force(rules):
    # "coast guard ships shadowed the X boat": a naval show of force against the vessel's country (not a paparazzo)
    _, evs = events(rules, "Chinese coast guard ships shadowed a Philippine supply boat near the shoal for hours on Monday.")
    assert has(evs, "MOBILIZE", "CHN", "PHL"), evs
    _, evs = events(rules, "Photographers shadowed the singer through the city all week.")
    assert not has(evs, "MOBILIZE"), evs


def test_police_freeing_a_detainee_without_charge_is_a_release_not_a_rescue(rules):
    # "police freed X without charge": the state lets its own detainee go (RETREAT), no rescue of hostages (AID)
    _, evs = events(rules, "Kenyan police detained the opposition activist Brian Otieno on Sunday. "
                           "Police freed Otieno without charge on Tuesday.", title="Kenyan police free activist")
    assert has(evs, "RETREAT", "KEN"), evs
    assert not has(evs, "AID"), evs
    _, evs = events(rules, "Nigerian soldiers freed twelve hostages held by kidnappers in Kaduna on Friday.")
    assert has(evs, "AID", "NGA"), evs


def test_an_appeal_joined_to_a_call_and_reported_by_a_spokesman_after_it_is_the_callers(rules):
    # "X spoke with Y and urged him to ..., a spokesman said": the spokesman named after the clause only reports
    # it; the appeal is X's, not the spokesman's (who would fall back to the story's country)
    _, evs = events(rules, "Poland's president vetoed the budget bill on Monday. Dutch Prime Minister Jan Smit spoke "
                           "by phone with the Polish president on Tuesday and urged him to sign the bill, a government "
                           "spokesman said.", title="Polish president vetoes budget")
    assert has(evs, "REQUEST", "NLD", "POL"), evs
    assert not has(evs, "REQUEST", "POL", "POL"), evs


@pytest.mark.parametrize("body, plover", [
    # types39: lexicon rows for acts that had no trigger or the wrong sense
    ("Chile's president ordered the army to guard the ports after the strike spread.", "MOBILIZE"),
    ("Hundreds of farmers burned an effigy of the Peruvian trade minister outside the ministry in Lima.", "PROTEST"),
    ("The Philippine navy sent four ships to the disputed shoal on Monday.", "MOBILIZE"),
    ("The Dutch government raised tariffs on Chinese steel on Monday.", "SANCTION"),
    ("Ghana sent two liaison officers to Lome to help Togolese detectives.", "COOPERATE"),
    ("Ethiopian troops allowed a Red Cross convoy through their checkpoints near Mekelle.", "RETREAT"),
    ("Striking Kenyan nurses vowed to keep protesting until the government pays them.", "PROTEST"),
])
def test_types39_trigger_rows(rules, body, plover):
    _, evs = events(rules, body, title="Regional news")
    assert has(evs, plover), evs


def test_not_going_to_negotiate_is_a_refusal(rules):
    # "we are not going to negotiate X": a refusal (REJECT), not a negated talk
    _, evs = events(rules, 'Peru\'s foreign minister met his Chilean counterpart in Santiago on Friday. "We are not going '
                           'to negotiate our borders," the Peruvian minister said.', title="Peru and Chile meet")
    assert has(evs, "REJECT", "PER"), evs


def test_also_condemning_the_move_answers_the_reaction_told_before(rules):
    # "X condemned the decision. ... Y and Z also condemned the move": "also" joins X's reaction, not an act between
    _, evs = events(rules, "Mali's junta dissolved all political parties on Monday. The African Union condemned the "
                           "decision and said it would not accept it. Ghana's foreign ministry issued a warning in May. "
                           "Senegal and Nigeria also condemned the move in separate statements.",
                    title="Mali junta dissolves parties")
    assert has(evs, "ACCUSE", "SEN", "MLI"), evs
    assert has(evs, "ACCUSE", "NGA", "MLI"), evs
    assert not has(evs, "ACCUSE", "SEN", "GHA"), evs


def test_tear_gas_fired_to_disperse_a_crowd_targets_the_crowd(rules):
    # "fired tear gas to disperse the crowd": the crowd, not the foreign victims the story is about
    _, evs = events(rules, "VIENNA, May 3 (AP) - Austria tightened checks on Syrian migrants on Sunday after a stabbing."
                           "\n\nHundreds of people gathered outside shops owned by Syrian nationals in Linz. "
                           "Riot police fired tear gas to disperse the crowd, and 12 people were arrested, "
                           "the interior ministry said.", title="Austria tightens checks")
    assert has(evs, "ASSAULT", "AUT", "AUT"), evs
    assert not has(evs, "ASSAULT", "AUT", "SYR"), evs


def test_a_body_described_by_its_seat_after_an_international_body_is_that_body(rules):
    # "the AU's chairman ... said the Addis Ababa-based body would ...": the bloc, not the state of its seat
    _, evs = events(rules, "Rebels seized the northern town of Kidal on Friday. The African Union's commission chairman "
                           "condemned the attack and said the Addis Ababa-based body would suspend talks with the group.",
                    title="AU condemns seizure of Kidal")
    assert has(evs, "SANCTION", "IGO"), evs
    assert not has(evs, "SANCTION", "ETH"), evs


@pytest.mark.parametrize("body, plover, target", [
    # types37b: lexicon rows for acts that had no trigger or the wrong sense
    ("Hungary on Friday barred Slovak lorries from crossing its border in a dispute over fishing.", "SANCTION", "SVK"),
    ("The French-led mission, which plans to cut 1,500 troops this year, patrols northern Chad.", "RETREAT", None),
    ("Striking Bolivian truckers vowed to return to the streets if the government ignores them.", "THREATEN", None),
])
def test_types37b_trigger_rows(rules, body, plover, target):
    _, evs = events(rules, body, title="Regional news")
    assert has(evs, plover, None, target), evs


def test_civilians_occupying_or_blocking_buildings_protest(rules):
    # types35b: a sit-in by civilians is PROTEST (not COERCE seize), and a verb joined to it ("occupied or blocked")
    # takes the first verb's civilian doers, so it is no REJECT of a decision
    _, evs = events(rules, "Chilean students have occupied or blocked a dozen campuses in Santiago since Tuesday.",
                    title="Chile campus protests")
    assert has(evs, "PROTEST"), evs
    assert not has(evs, "COERCE") and not has(evs, "REJECT"), evs
    _, evs = events(rules, "Ukrainian troops occupied the village after a week of fighting.", title="War news")
    assert has(evs, "COERCE"), evs


def test_ruling_out_lifting_ones_own_ban_targets_the_banned(rules):
    # types35b: undoing (or refusing to undo) one's own earlier act is aimed at whoever that act was done to, not at
    # the doer itself (which dropped the event as one aimed at its own source)
    _, evs = events(rules, "Peru's government banned the Chilean airline LATAM from domestic routes in March.\n\n"
                           "The Peruvian government ruled out lifting the ban this year, a minister said.",
                    title="Peru airline ban")
    assert has(evs, "CONCEDE", "PER", fact="negated"), evs


def test_pausing_or_cutting_aid_is_a_sanction_not_aid(rules):
    # "paused food deliveries" / "cut most of its funding": stopping aid is SANCTION discontinue, not AID
    _, evs = events(rules, "The Kenyan aid agency paused food deliveries in the northern district on Friday. "
                           "Germany, which cut most of its funding for Mali last year, sent no envoy.")
    assert has(evs, "SANCTION", "KEN"), evs
    assert has(evs, "SANCTION", "DEU", "MLI"), evs
    assert not has(evs, "AID", "DEU"), evs


def test_cancelling_the_licences_of_charities_is_coercion(rules):
    _, evs = events(rules, "The ministry said it had cancelled the licences of three Nairobi-based charities.")
    assert has(evs, "COERCE", "KEN", "KEN"), evs
    assert not has(evs, "REJECT"), evs


def test_a_crowd_massing_on_a_square_protests_and_troops_massing_mobilize(rules):
    _, evs = events(rules, "Around 5,000 people massed on the main square of Tbilisi on Friday. "
                           "Russian troops massed on the border with Georgia.")
    assert has(evs, "PROTEST"), evs
    assert has(evs, "MOBILIZE", "RUS"), evs


def test_a_government_clashing_with_judges_is_no_assault(rules):
    _, evs = events(rules, "The Georgian government has clashed with judges and journalists since 2022. "
                           "Georgian police clashed with Russian soldiers near the border.")
    assert not has(evs, "ASSAULT", tgt="GEO"), evs
    assert has(evs, "ASSAULT", "GEO", "RUS"), evs


def test_relocating_ones_own_envoy_is_a_retreat(rules):
    _, evs = events(rules, "The strike prompted the EU to relocate its ambassador to Tbilisi.")
    assert has(evs, "RETREAT", "EUR"), evs


def test_seizing_on_an_issue_without_an_object_is_no_seizure(coder):
    _, evs = events(coder, "Turkish opposition leaders seized on the currency crisis to attack the government's record.")
    assert not any(e.plover == "COERCE" for e in evs)
    _, evs = events(coder, "Critics in Ankara quickly seized upon the scandal.")
    assert not any(e.plover == "COERCE" for e in evs)
    _, evs = events(coder, "Turkish police seized rifles on the border with Syria.")
    assert has(evs, "COERCE", "TUR")


def test_a_demanded_clause_after_an_intervening_phrase_is_not_an_act(rules):
    # "demanded in a note that X withdraw ... and halt ...": what is asked for, not a withdrawal told
    _, evs = events(rules, "Ghana's foreign ministry demanded in a formal note that Togo withdraw the new decree and halt "
                           "work on the dam, saying the river was shared.", title="Ghana presses Togo")
    assert has(evs, "REQUEST", "GHA"), evs
    assert not has(evs, "CONCEDE") and not has(evs, "RETREAT"), evs


def test_a_picture_credit_is_not_an_act(rules):
    # "this image, provided by the army, shows ...": the source of a picture, not aid given
    _, evs = events(rules, "Troops shelled a bridge near the border on Monday. This image, provided by the Malian army, "
                           "shows smoke over the river.", title="Bridge shelled")
    assert not has(evs, "AID"), evs


def test_home_court_sentencing_a_named_home_person_stays_domestic(rules):
    # roles37b: in a story of two states, a home state's sanction of a named person of its own ("the court convicted
    # X ... and sentenced him") is a home matter, not a measure aimed at the story's other state
    _, evs = events(rules, "Chile said on Monday it would raise duties on Argentine wine in retaliation for the levy "
                           "Argentine President Marta Gil put on Chilean copper over the trial of former President "
                           "Rodrigo Vial.\n\nGil imposed the levy by decree in June, calling the prosecution of Vial a "
                           "farce. Chile's Supreme Court convicted Vial last month of bribery and sentenced him to eight "
                           "years in prison.\n\nArgentina said the duties were unjustified. Buenos Aires has filed a "
                           "complaint, an Argentine official said.",
                    title="Chile hits back at Argentine levies")
    assert has(evs, "SANCTION", "CHL", "CHL"), evs
    assert not has(evs, "SANCTION", "CHL", "ARG"), evs


def test_barring_people_from_working_is_coercion_not_rejection(rules):
    _, evs = events(rules, "Iran's labour ministry issued a directive on Sunday barring Iranian women from working "
                           "in state-run banks.")
    assert has(evs, "COERCE", "IRN"), evs
    assert not has(evs, "REJECT"), evs


def test_suspending_ones_own_programmes_is_a_sanction_not_censorship(rules):
    _, evs = events(rules, "The World Food Programme suspended most of its programmes in Somalia after the raid. "
                           "Somali regulators suspended two radio programmes critical of the president.")
    assert has(evs, "SANCTION", "UNO"), evs
    assert not has(evs, "COERCE", "UNO"), evs
    assert has(evs, "COERCE", "SOM"), evs


def test_warning_what_a_measure_could_cause_is_no_threat(rules):
    _, evs = events(rules, "Kenyan relief groups warned the decision could hurt millions of refugees. "
                           "Ethiopia warned that its army would respond to any incursion by Eritrea.")
    assert not has(evs, "THREATEN", "KEN"), evs
    assert has(evs, "THREATEN", "ETH"), evs


def test_warning_what_condemned_words_could_cause_is_no_threat(rules):
    # "they" stands for the remarks just condemned, not for the warner's side
    _, evs = events(rules, "Kenya's opposition condemned the Ugandan government's comments and warned they could "
                           "stoke unrest.", title="Row over remarks")
    assert has(evs, "ACCUSE", "KEN", "UGA"), evs
    assert not has(evs, "THREATEN"), evs
    _, evs = events(rules, "Kenya's army condemned the Ugandan raids and warned it would retaliate.", title="Raids")
    assert has(evs, "THREATEN", "KEN"), evs


def test_an_announced_confrontation_is_a_threat(rules):
    # "would firmly confront any attack": a warning made, not a confrontation told
    _, evs = events(rules, "The Chilean interior minister said police would \"firmly confront\" any new assault on "
                           "town halls.", title="Chile warns rioters")
    assert has(evs, "THREATEN", "CHL", fact="asserted"), evs
    _, evs = events(rules, "Chilean police confronted dockworkers outside the port on Friday.", title="Port strike")
    assert not has(evs, "THREATEN"), evs


def test_her_country_could_close_the_border_is_a_warning_from_her_state(rules):
    # "her country": the speaker's state acts; "could ... as well", with no condition, is a warning
    _, evs = events(rules, "The Peruvian trade minister said her country could shut its border with Bolivia too.",
                    title="Peru weighs border move")
    assert has(evs, "THREATEN", "PER", "BOL"), evs
    # (round 21) with a condition, a measure aimed at a named state is a threat to it: our annotators code "could
    # shut its border with X if the balloons spread" as THREATEN (32 of the 37 such sentences of our analysed sets)
    _, evs = events(rules, "Peru could close its border with Bolivia if the raids go on, the minister said.",
                    title="Peru weighs border move")
    assert has(evs, "THREATEN", "PER", "BOL"), evs


def test_people_hurt_by_a_named_human_doer_in_the_passive_is_an_assault(rules):
    # "officers were injured by rioters": the passive names who did the harm; an accident names no such doer
    _, evs = events(rules, "Ghana's police chief said 17 officers had been injured by rioters in Accra.", title="Riot")
    assert has(evs, "ASSAULT"), evs
    _, evs = events(rules, "Three Ghanaian miners were injured by falling rocks in a collapse near Obuasi.", title="Mine")
    assert not has(evs, "ASSAULT"), evs


def test_people_hurt_by_gunfire_is_an_assault_with_no_doer_named(rules):
    # "wounded by a stray bullet": someone fired it, though the text names no one
    _, evs = events(rules, "A Kenyan border guard was wounded by a stray bullet during fighting near Mandera.",
                    title="Border fighting")
    assert has(evs, "ASSAULT", None, "KEN"), evs
    _, evs = events(rules, "Two Somali traders were injured by falling debris at the market.", title="Collapse")
    assert not has(evs, "ASSAULT"), evs


def test_preparing_a_deployment_is_the_deployment_planned(rules):
    # "was preparing a deployment": the deployment's doer is the one preparing it; "no sign that" negates it
    _, evs = events(rules, "Officials saw no sign that the Kenyan army was preparing any deployment to Somalia.",
                    title="Troop talk")
    assert has(evs, "MOBILIZE", "KEN", fact="negated"), evs


def test_placing_companies_on_an_export_control_list_is_a_sanction(rules):
    _, evs = events(rules, "Japan placed four Russian shipping firms on its export control list on Thursday.",
                    title="Export curbs")
    assert has(evs, "SANCTION", "JPN"), evs


def test_deputies_refusing_to_take_their_seats_is_a_boycott(rules):
    _, evs = events(rules, "The main Kenyan opposition party said its members would not take up their seats in the assembly.",
                    title="Boycott")
    assert has(evs, "PROTEST"), evs
    _, evs = events(rules, "The newly elected Kenyan members took their seats in the assembly on Monday.", title="Sworn in")
    assert not has(evs, "PROTEST"), evs


def test_what_a_call_is_placed_for_is_an_act(rules):
    # types35c: "phoned X to express support": the infinitive is what the call says, not a purpose to drop; a call
    # that rings no party up ("called elections to renew the mandate") keeps dropping its purpose
    _, evs = events(rules, "Spanish Prime Minister Pedro Sanchez telephoned Portuguese Prime Minister Luis Barros "
                           "on Monday to express his solidarity after the floods, his office said.",
                    title="Iberian floods")
    assert has(evs, "SUPPORT", "ESP"), evs


def test_keeping_ones_side_of_a_border_shut(rules):
    # types35c: "kept its side of the border shut" is the closure kept in force (SANCTION), also when the parser
    # hangs "border" below "side of" too deep for the phrase
    _, evs = events(rules, "Cameroon's government on Friday accused Chad's rulers of arming rebels, as N'Djamena kept "
                           "its side of the border shut and a ban on cattle sales entered its second month.",
                    title="Chad and Cameroon")
    assert has(evs, "SANCTION", "TCD"), evs


def test_general_vocabulary_of_reproach_and_repression(rules):
    # lexcov: verbs from the PLOVER definitions and general news usage, not from any test article
    _, evs = events(rules, "The Chinese foreign ministry reprimanded the Japanese ambassador on Monday.", title="Rebuke")
    assert has(evs, "ACCUSE", "CHN", "JPN"), evs
    _, evs = events(rules, "Iranian security forces quelled protests by Kurdish students in Tehran on Friday.",
                    title="Unrest")
    assert has(evs, "COERCE", "IRN"), evs


def test_general_vocabulary_of_force(rules):
    _, evs = events(rules, "Russian artillery bombarded the Ukrainian town overnight, officials said.", title="Shelling")
    assert has(evs, "ASSAULT", "RUS"), evs
    _, evs = events(rules, "Russian troops encircled the Ukrainian city on Tuesday.", title="Front line")
    assert has(evs, "MOBILIZE", "RUS"), evs


def test_general_vocabulary_of_yielding_and_refusing(rules):
    _, evs = events(rules, "The Thai government rescinded the ban on opposition rallies on Wednesday.", title="Ban lifted")
    assert has(evs, "CONCEDE", "THA"), evs
    _, evs = events(rules, "Iran repudiated its nuclear agreement with the European Union on Sunday.", title="Deal")
    assert has(evs, "REJECT", "IRN"), evs
    _, evs = events(rules, "Germany took in more than a million Syrian refugees in 2015.", title="Refugees")
    assert has(evs, "AID", "DEU"), evs


def test_people_told_by_what_they_did_are_the_home_states_own(coder):
    # a home state's arrest of unnamed people in a story of two states is no act on the other state
    _, evs = events(coder, "BUENOS AIRES, Feb 11 - Argentina protested a British naval exercise on Tuesday, and Britain "
                           "rejected the complaint. Outside the British embassy, veterans rallied. Police detained two "
                           "men who threw paint at the embassy wall.", title="Argentina protests British exercise")
    assert has(evs, "COERCE", "ARG", "ARG")
    assert not has(evs, "COERCE", "ARG", "GBR")


def test_forces_moving_advancing_or_crossing_into_an_area_mobilize(coder):
    _, evs = events(coder, "Malian soldiers crossed into Mauritania on Sunday.")
    assert has(evs, "MOBILIZE", "MLI", "MRT", "asserted")
    _, evs = events(coder, "There was no sign that Russian naval vessels had moved toward the Finnish coast.")
    assert has(evs, "MOBILIZE", "RUS", fact="negated")
    # people and prices move too
    for text in ("The minister moved to Paris in May.", "The protesters crossed into the square.",
                 "Prices advanced into record territory."):
        _, evs = events(coder, text)
        assert not has(evs, "MOBILIZE"), text
    _, evs = events(coder, "Guatemala's president declared a 30-day \"state of prevention\" in four border towns.")
    assert has(evs, "COERCE", "GTM")


def test_an_offer_to_mediate_or_meet_needs_no_partner_named(coder):
    _, evs = events(coder, "The African Union said it was ready to mediate.")
    assert has(evs, "AGREE", "IGO")
    _, evs = events(coder, "Angola's interior minister said the government was ready to meet transport operators.")
    assert has(evs, "AGREE", "AGO", "AGO")
    # a meeting with no one named and nothing offered is no event
    _, evs = events(coder, "The African Union said talks were continuing.")
    assert not has(evs, "AGREE") and not has(evs, "CONSULT")


def test_a_past_act_joined_to_a_future_reported_clause_is_the_announcers(coder):
    _, evs = events(coder, "Kenya's interior minister announced that all crossings along the border would stay shut until "
                           "further notice, and imposed a dusk-to-dawn curfew in Mandera town.")
    assert has(evs, "COERCE", "KEN", "KEN")


def test_a_things_possessor_is_its_party_before_a_party_in_its_phrases(coder):
    _, evs = events(coder, "MANILA, May 2 - The Philippines filed a diplomatic protest with Beijing hours after the "
                           "incident, and the Department of Foreign Affairs summoned the Chinese embassy's deputy chief "
                           "of mission, a spokesperson said.")
    assert has(evs, "ACCUSE", "PHL", "CHN")


def test_forces_freeing_people_they_detained_release_them(coder):
    _, evs = events(coder, "Malian troops freed two of the detained herders on Wednesday.")
    assert has(evs, "RETREAT", "MLI")
    _, evs = events(coder, "Malian soldiers freed nine hostages held by rebels on Wednesday.")
    assert has(evs, "AID", "MLI") and not has(evs, "RETREAT")


def test_detention_orders_rights_given_back_records_shared_and_clauses_dropped(coder):
    _, evs = events(coder, "A Senegalese judge placed three of the men in detention on Thursday.")
    assert has(evs, "COERCE", "SEN")
    _, evs = events(coder, "Kuwait's emir restored the citizenship of 62 women on Sunday.")
    assert has(evs, "CONCEDE", "KWT")
    _, evs = events(coder, "Togolese police shared the suspects' phone records with their Ghanaian counterparts.")
    assert has(evs, "COOPERATE", "TGO", "GHA")


def test_immunity_lifted_detention_ordered_internet_suspended_army_called_in(coder):
    _, evs = events(coder, "Senegal's National Assembly voted to lift the parliamentary immunity of a former minister.")
    assert has(evs, "COERCE", "SEN") and not has(evs, "CONCEDE")
    _, evs = events(coder, "Pakistani authorities suspended mobile internet in Islamabad on Saturday.")
    assert has(evs, "COERCE", "PAK") and not has(evs, "SANCTION")
    _, evs = events(coder, "Pakistan's government called in the army to guard the capital.")
    assert has(evs, "MOBILIZE", "PAK")
    _, evs = events(coder, "Cambodia's Supreme Court ordered the dissolution of the opposition Candlelight Party.")
    assert has(evs, "COERCE", "KHM")
    _, evs = events(coder, "The Cambodian opposition party said it would not call its supporters into the streets.")
    assert has(evs, "PROTEST", "KHM", fact="negated")


def test_forces_freeing_people_named_as_held_release_them(coder):
    _, evs = events(coder, "Police in the capital detained 40 student protesters on Monday. Police later freed six of the "
                           "detainees.", title="Students detained")
    assert has(evs, "RETREAT") and not has(evs, "AID"), evs


def test_massing_armour_is_a_deployment_and_crowds_massing_a_protest(coder):
    _, evs = events(coder, "Eritrean units had massed armoured vehicles near the border with Ethiopia, officials said.",
                    title="Border build-up")
    assert has(evs, "MOBILIZE") and not has(evs, "PROTEST"), evs
    _, evs = events(coder, "Thousands of protesters massed outside parliament in Nairobi on Tuesday.", title="Protest")
    assert has(evs, "PROTEST"), evs


def test_an_act_aimed_at_a_list_of_three_states_is_one_event_per_state(coder):
    _, evs = events(coder, "Russian Foreign Minister Sergei Lavrov accused Britain, France and Germany of sabotaging "
                           "diplomacy.", title="Moscow criticises Europe")
    assert {e[2] for e in evs if e[0] == "ACCUSE" and e[1] == "RUS"} == {"GBR", "FRA", "DEU"}, evs


def test_an_offer_to_mediate_between_two_states_is_aimed_at_each(coder):
    _, evs = events(coder, "LUANDA (Reuters) - Angola offered to mediate between Kinshasa and Kigali, its foreign ministry said.", title="Angola offers talks")
    assert {e[2] for e in evs if e[0] == "AGREE" and e[1] == "AGO"} == {"COD", "RWA"}, evs


def test_three_parties_meeting_give_the_first_named_one_event_with_each_other(coder):
    _, evs = events(coder, "The foreign ministers of Ghana, Togo and Benin held talks in Accra on Monday.",
                    title="West African talks")
    assert {e[2] for e in evs if e[0] == "CONSULT" and e[1] == "GHA"} == {"TGO", "BEN"}, evs
    _, evs = events(coder, "The envoys of South Africa, the United States and Brazil met in Geneva on Monday.",
                    title="Envoys meet")
    assert {e[2] for e in evs if e[0] == "CONSULT" and e[1] == "ZAF"} == {"USA", "BRA"}, evs


def test_a_reaction_to_the_launch_answers_the_party_that_fired(coder):
    _, evs = events(coder, "SEOUL (Wire) - North Korea fired a ballistic missile into the sea on Thursday, South Korea's "
                           "military said. The Joint Chiefs said South Korea's military had stepped up surveillance. "
                           "The U.S. State Department condemned the launch.", title="Missile launch")
    assert has(evs, "ACCUSE", "USA", "PRK") and not has(evs, "ACCUSE", "USA", "KOR"), evs


def test_a_strike_on_a_city_is_aimed_at_the_state_it_lies_in(coder):
    _, evs = events(coder, "ANKARA (Wire) - U.S. bombers struck an enrichment plant in Iran overnight. Hours later, Iran "
                           "fired a barrage of ballistic missiles at Haifa, wounding at least 20 people.",
                    title="Missiles fired")
    assert has(evs, "ASSAULT", "IRN", "ISR") and not has(evs, "ASSAULT", "IRN", "USA"), evs


def test_a_strike_on_a_site_in_a_named_state_is_aimed_at_that_state(coder):
    _, evs = events(coder, "ANKARA (Wire) - U.S. bombers struck an enrichment plant in Iran overnight, officials said.",
                    title="Strike on plant")
    assert has(evs, "ASSAULT", "USA", "IRN") and not has(evs, "ASSAULT", "USA", "USA"), evs


def test_a_place_struck_near_a_town_or_in_a_division_is_of_the_state_it_lies_in(coder):
    # in a story of two states, a raid at home is not aimed at the other one: the gazetteer knows the town and the
    # division named after the place struck, even where the small model tags neither as a place
    _, evs = events(coder, "KINSHASA (Wire) - Congo accused Rwanda on Monday of arming the M23 rebels, and Rwanda "
                           "rejected the charge. Kinshasa said Rwandan troops had crossed the border. Rwanda denied "
                           "sending troops.\n\nMilitia fighters attacked an army base near Bunia on Tuesday, killing 12 "
                           "soldiers, a local official said.\n\nArmy drones hit two villages in Ituri on Wednesday, a "
                           "health worker said.", title="Fighting in Ituri")
    assert has(evs, "ASSAULT", "COD", "COD") and not has(evs, "ASSAULT", "COD", "RWA"), evs


def test_a_talk_by_telephone_with_a_counterpart_is_a_consultation(coder):
    _, evs = events(coder, "CAIRO (Wire) - Egypt's foreign minister discussed the crisis by telephone with his Sudanese "
                           "counterpart on Monday.", title="Egypt and Sudan talk")
    assert has(evs, "CONSULT", "EGY", "SDN"), evs
    _, evs = events(coder, "NEW DELHI (Wire) - Pakistan's director general of military operations called his Indian "
                           "counterpart on Saturday afternoon.", title="Military hotline")
    assert has(evs, "CONSULT", "PAK", "IND"), evs


def test_condemning_the_attack_answers_the_storys_attack_not_the_reply_to_it(coder):
    # the act named by a bare noun is the story's act of that kind, told first; a strike told later in reply to
    # it is not what a third party condemns
    _, evs = events(coder, "NAIROBI (Wire) - Militants stormed a Kenyan police post near Mandera on Monday, killing "
                           "six officers, police said. On Tuesday Ethiopian jets bombed militant camps across the "
                           "border, a spokesman said.\n\nThe African Union Commission condemned the attack.",
                    title="Attack in Mandera")
    assert has(evs, "ACCUSE", "IGO") and not has(evs, "ACCUSE", "IGO", "ETH"), evs


@pytest.mark.parametrize("text, kind, source, target", [
    # "ease" takes requirements and quotas as well as restrictions
    ("TASHKENT (Wire) - Uzbekistan eased visa requirements for Afghan traders on Monday.", "CONCEDE", "UZB", "AFG"),
    # troops entering another state's territory move force, as entering its airspace does
    ("KINSHASA (Wire) - Ugandan troops entered Djugu territory in Congo over the weekend.", "MOBILIZE", "UGA", "COD"),
    # "curbs" are eased as restrictions are
    ("NEW DELHI (Wire) - China will ease curbs on exports of fertiliser to India, officials said.", "CONCEDE", "CHN", "IND"),
    # a border kept closed is closed on the state beyond it, as one closed anew
    ("ISLAMABAD (Wire) - Pakistan has kept the border with Afghanistan closed since October.", "SANCTION", "PAK", "AFG"),
    # entry barred to a state's officials is an entry ban on that state; papers barred from publishing are censored
    ("KYIV (Wire) - Ukraine said it had barred entry to three senior Hungarian officials.", "SANCTION", "UKR", "HUN"),
    ("AMMAN (Wire) - Jordan barred newspapers and websites from publishing the group's statements.", "COERCE", "JOR", "JOR"),
])
def test_easing_entry_rules_and_troops_entering_territory(coder, text, kind, source, target):
    _, evs = events(coder, text, title="Wire story")
    assert has(evs, kind, source, target), evs


@pytest.mark.parametrize("text, kind, source, target", [
    # bottles thrown at police in a street protest are rioting, as eggs are
    ("SOFIA (Wire) - Bulgarian protesters pelted police with bottles outside parliament on Monday.", "PROTEST", "BGR", "BGR"),
    # a party leaving the governing coalition breaks with its partners
    ("SOFIA (Wire) - Bulgaria's Socialist Party quit the ruling coalition on Monday.", "SANCTION", "BGR", None),
    # payments halted to another party are cut off, as aid is
    ("ERBIL (Wire) - Iraq's federal government halted salary payments to Kurdistan on Monday.", "SANCTION", "IRQ", "IRQ"),
    # a mandate to form a government handed back is given up
    ("VIENNA (Wire) - Austrian far-right leader Herbert Kickl returned his mandate to form a government.", "RETREAT", "AUT", None),
    # candidates or a party barred from a vote or a congress are restricted, not refused
    ("LIBREVILLE (Wire) - Gabon's constitutional court barred the two main challengers from the race.", "COERCE", "GAB", "GAB"),
    ("LIBREVILLE (Wire) - Gabon's interior ministry barred the former ruling party from holding its congress.", "COERCE",
     "GAB", "GAB"),
    # fines waived on another's people are a concession; seized boats handed over go back
    ("COLOMBO (Wire) - Sri Lanka waived fines imposed on four Indian boat owners.", "CONCEDE", "LKA", "IND"),
    ("COLOMBO (Wire) - Sri Lanka handed over nine Indian trawlers to the Indian Coast Guard.", "RETREAT", "LKA", "IND"),
    # a matter raised with another leader is taken up in talks
    ("NAIROBI (Wire) - Kenya's president raised the matter with Tanzania's president, his office said.", "CONSULT",
     "KEN", "TZA"),
    # units put on heightened readiness show force; officers joining another's patrols cooperate
    ("WARSAW (Wire) - Poland placed air defence units on heightened readiness on Monday.", "MOBILIZE", "POL", None),
    ("PORT VILA (Wire) - Chinese officers joined Vanuatu police on night patrols.", "COOPERATE", "CHN", "VUT"),
    # tents flown to a stricken state are aid, not a visit
    ("PORT VILA (Wire) - China flew tents and blankets to Vanuatu on Monday.", "AID", "CHN", "VUT"),
    # suspecting a party of a wrong accuses it; sanctions ignored are defied
    ("OSLO (Wire) - Norwegian inspectors suspect the Russian crew of under-reporting its catch.", "ACCUSE", "NOR", "RUS"),
    ("BRASILIA (Wire) - Brazil's president said he would ignore the US sanctions.", "REJECT", "BRA", "USA"),
    # a measure challenged before a court is a legal complaint against its author
    ("BUDAPEST (Wire) - Hungary will challenge the EU freeze at the European Court of Justice.", "ACCUSE", "HUN", "EUR"),
    # a verb in "-s" that the tagger took for a plural noun, with its subject and object, is still the verb
    ("NOUAKCHOTT (Wire) - The ministry said Mauritania \"reserves the right to take all necessary measures\" against Mali.",
     "THREATEN", "MRT", "MLI"),
])
def test_bottles_coalitions_payments_mandates_candidates_fines_and_boats(coder, text, kind, source, target):
    _, evs = events(coder, text, title="Wire story")
    assert has(evs, kind, source, target), evs


def test_no_plans_to_act_is_the_act_negated_by_the_plans_holder(coder):
    # "had no plans to close": the act is told negated, done by whoever holds (or lacks) the plan; a plan held is
    # an act to come
    _, evs = events(coder, "DUBLIN (Wire) - Ireland had no plans to close its embassy in Israel, the minister said.",
                    title="Embassy stays open")
    assert has(evs, "SANCTION", "IRL", "ISR", "negated"), evs
    _, evs = events(coder, "DUBLIN (Wire) - Ireland has plans to close its embassy in Israel, the minister said.",
                    title="Embassy to close")
    assert has(evs, "SANCTION", "IRL", "ISR", "hypothetical"), evs


@pytest.mark.parametrize("text, kind, source, target", [
    # nationalities coordinated on the word before the head ("A and B fighter jets") are two parties, one with the other
    ("TOKYO (Wire) - Tension rose. Separately, Japanese and U.S. fighter jets held a joint drill over the Sea of Japan in "
     "the afternoon, the Joint Staff said.", "COOPERATE", "JPN", "USA"),
    # "their" joint act, when the verb's subject coordinates two parties, is both parties' act
    ("BISHKEK (Wire) - Kyrgyz and Tajik border guards carried out their first joint patrol along the new line.",
     "COOPERATE", "KGZ", "TJK"),
    ("NEW DELHI (Wire) - Indian and Chinese soldiers carried out their first coordinated patrol in the sector.",
     "COOPERATE", "IND", "CHN"),
    # a noun the tagger took for a verb ("began a joint coast guard exercise", "exercise" as VBP) is still the noun
    ("MANILA (Wire) - Tension rose. Japan and the Philippines, meanwhile, began a joint coast guard exercise off "
     "the coast of Luzon on Monday.", "COOPERATE", "JPN", "PHL"),
    # unnamed threateners of the story ("organisers", "masked men") are its own people
    ("MANILA (Wire) - Thousands of supporters rallied in Davao. Organizers threatened to stage nationwide protests if "
     "the government does not secure his return within a week.", "THREATEN", "PHL", "PHL"),
    # an agreement two leaders make together to reopen something is a deal, not one side yielding
    ("BISHKEK (Wire) - Kyrgyz President Sadyr Japarov met Tajik President Emomali Rahmon in Khujand on Friday. "
     "The two leaders also agreed to reopen three road crossings.", "AGREE", "KGZ", "TJK"),
    # "the two men" after a sentence naming two people of one state: those two met
    ("PRAGUE (Wire) - Czech President Petr Pavel on Tuesday declined to name Tomas Novak as prime minister. "
     "The two men met for about an hour at the castle.", "CONSULT", "CZE", "CZE"),
    # a two-word surname used alone after the full name ("Espen Barth Eide ... Barth Eide") is the same person
    ("OSLO (Wire) - Norway barred Chinese buses on Monday, Foreign Minister Espen Barth Eide said. Barth Eide later "
     "spoke with Chinese Foreign Minister Wang Yi by telephone.", "CONSULT", "NOR", "CHN"),
    # pleading not guilty denies the charges (the complement carries the negation)
    ("DODOMA (Wire) - Prosecutors charged opposition leader Tundu Lissu with treason last month. Lissu pleaded not "
     "guilty to the charge on Monday.", "REJECT", "TZA", "TZA"),
    # "said ... were killed and condemned ...": the condemnation joined to the reported clause is the speaker's own
    ("ANTANANARIVO (Wire) - Soldiers joined the protesters. The United Nations human rights office said at least 22 "
     "people were killed in the first days of unrest and condemned what it called \"unnecessarily violent\" policing.",
     "ACCUSE", "UNO", "MDG"),
    # "a ministerial team from X": the team sent by X
    ("MAPUTO (Wire) - Protests continued. A ministerial team from the Southern African Development Community arrived "
     "in Maputo on Tuesday and held talks with President Daniel Chapo.", "CONSULT", "IGO", "MOZ"),
    # "the detained villagers had been released", no agent: freed by those who detained them
    ("KABUL (Wire) - Pakistani border guards detained 30 Afghan traders on Wednesday. By Thursday afternoon, 12 of "
     "the detained men had been released, according to a union.", "RETREAT", "PAK", "AFG"),
    # a ban on a state's goods is a trade sanction on that state (noun and verb)
    ("WARSAW (Wire) - Polish farmers blocked the border. Prime Minister Donald Tusk ruled out a unilateral ban on "
     "Ukrainian grain.", "SANCTION", "POL", "UKR"),
    ("BEIJING (Wire) - China banned Japanese seafood after the release of treated water.", "SANCTION", "CHN", "JPN"),
    # "messages attributed to X threatened ...": the author the words are put to threatens
    ("LIMA (Wire) - Messages attributed to the Los Lobos gang of Ecuador and circulated on social media on Tuesday "
     "threatened to attack businesses in Guayaquil.", "THREATEN", "ECU", None),
    # a threat at "anyone who helped its rivals" names no party, but is still the cartel's threat
    ("MEXICO CITY (Wire) - In Frontera Comalapa, banners signed by the Jalisco New Generation Cartel threatened to kill "
     "anyone who helped its rivals.", "THREATEN", "MEX", None),
    # a road cleared or a rally broken up with tear gas or water cannon: force on the people there
    ("LA PAZ (Wire) - Morales supporters blocked the highway. Police cleared the road with tear gas on Tuesday.",
     "ASSAULT", "BOL", "BOL"),
    ("TBILISI (Wire) - Riot police broke up the rally with water cannon late on Sunday.", "ASSAULT", "GEO", "GEO"),
])
def test_error_driven_rules_find_the_act_and_its_parties(coder, text, kind, source, target):
    _, evs = events(coder, text, title="Wire story")
    assert has(evs, kind, source, target), evs


def test_a_plea_of_guilty_is_no_request(coder):
    # "pleaded guilty": a plea to a charge, not a plea with someone (the 'plead' request row needs no plea complement)
    _, evs = events(coder, "LONDON (Wire) - A former minister pleaded guilty to bribery charges in a London court on "
                           "Tuesday.", title="Wire story")
    assert not [e for e in evs if e.plover == "REQUEST"], evs
    _, evs = events(coder, "LONDON (Wire) - The opposition leader pleaded with the prime minister to release the "
                           "jailed activists.", title="Wire story")
    assert has(evs, "REQUEST", "GBR", "GBR"), evs


def test_a_denial_answers_the_party_that_last_told_of_the_deniers_deeds(coder):
    # no accusation coded against the denier: the denial answers whoever said something about it just before
    _, evs = events(coder, "DAMASCUS (Wire) - The Syrian Observatory for Human Rights said government troops had "
                           "executed 12 civilians in Sweida. The defence ministry denied the allegation.")
    assert any(e[0] == "REJECT" and e[4] == "defence ministry" and e[5] == "Syrian Observatory for Human Rights"
               for e in evs), evs
    # a speaker whose statement is about someone else is not the one answered
    _, evs = events(coder, "DAMASCUS (Wire) - The Syrian Observatory for Human Rights said floods had cut roads in "
                           "the north. The defence ministry denied the allegation.")
    assert not any(e[0] == "REJECT" and e[5] == "Syrian Observatory for Human Rights" for e in evs), evs


def test_the_body_is_the_international_body_named_just_before(coder):
    # "the body" with no word of its own, as "the bloc": the latest international body of its sentence or the two before
    _, evs = events(coder, "ANTANANARIVO (Wire) - The African Union suspended Madagascar on Wednesday. Its chairperson "
                           "said the body \"firmly rejects any unconstitutional change of government.\"")
    assert has(evs, "REJECT", "IGO"), evs
    # a body described by its own words ("the electoral body") is not taken for it
    _, evs = events(coder, "ANTANANARIVO (Wire) - The African Union urged calm on Wednesday. The electoral body "
                           "rejected the opposition's complaint.")
    assert not has(evs, "REJECT", "IGO"), evs


def test_an_open_question_of_who_did_it_is_no_act_of_the_speaker(coder):
    # "without saying who fired": nobody is named as the doer, and the speaker did not fire
    _, evs = events(coder, "GAZA (Wire) - The UN World Food Programme said one of its convoys came under fire near "
                           "Khan Younis on Tuesday, without saying who fired.")
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == "UNO"], evs
    # "rebels who it said had killed": a relative "who" names the rebels, who did it
    _, evs = events(coder, "BUJUMBURA (Wire) - Burundi accused Rwanda of arming rebels who it said had killed nine "
                           "civilians in an attack in the west of the country.")
    assert has(evs, "ASSAULT"), evs


@pytest.mark.parametrize("text, kind", [
    # an address to one's own audience is no meeting with another party
    ("OUAGADOUGOU (Wire) - Traore, speaking to supporters at a rally in Ouagadougou on Tuesday, said Burkina Faso "
     "will not hesitate to strike anyone who threatened its security.", "CONSULT"),
    ("LIMA (Wire) - The president spoke to the nation on Sunday night about the emergency.", "CONSULT"),
])
def test_no_event_from_addresses_to_an_audience(coder, text, kind):
    _, evs = events(coder, text, title="Wire story")
    assert not has(evs, kind), evs


def test_a_measure_announced_on_condition_of_anothers_act_is_a_threat(coder):
    # (round 21) a measure with no lexicon row of its own, told with "if"/"unless", even when only possible
    _, evs = events(coder, "Cambodian Prime Minister Hun Manet said Cambodia would stop buying fuel from Thailand "
                           "unless Bangkok reopened the border checkpoints.")
    assert has(evs, "THREATEN", "KHM", "THA", "asserted")
    _, evs = events(coder, "Turkish Defence Minister Yasar Guler said Turkey could expand its operations deeper "
                           "into Iraqi territory if Baghdad failed to act against the PKK.")
    assert has(evs, "THREATEN", "TUR", "IRQ", "asserted")
    # the same measure with no condition, or "could" with no condition, is no threat
    _, evs = events(coder, "Turkish Defence Minister Yasar Guler said Turkey could expand its operations deeper "
                           "into Iraqi territory.")
    assert not has(evs, "THREATEN")
    _, evs = events(coder, "Cambodian Prime Minister Hun Manet said Cambodia would stop buying fuel from Thailand "
                           "next year.")
    assert not has(evs, "THREATEN")


def test_a_conditional_measure_whose_condition_names_no_party_threatens_no_one(coder):
    _, evs = events(coder, "Uganda's defence minister said Uganda could reduce its contingent if the financing "
                           "dispute is not resolved.")
    assert not has(evs, "THREATEN")


def test_leaving_an_act_open_is_no_refusal(coder):
    # "did not rule out" / "refused to rule out": the act stays possible, nobody refused anything
    _, evs = events(coder, "Kuwait's foreign minister did not rule out taking the matter to the UN Security Council.")
    assert not has(evs, "REJECT")
    _, evs = events(coder, "German Foreign Minister Johann Wadephul refused to rule out new sanctions against Iran.")
    assert not has(evs, "REJECT")
    _, evs = events(coder, "German Foreign Minister Johann Wadephul ruled out talks with the Taliban.")
    assert has(evs, "REJECT", "DEU")


def test_condemning_an_incursion_answers_the_raid_told_by_another_word(coder):
    # (round 21) "the incursion" names the troops' raid though no act of the noun's own type was coded
    _, evs = events(coder, "DAMASCUS, Nov. 18 (Xinhua) -- Israeli troops raided the village of Ufaniya in southern Syria "
                           "on Tuesday, searching homes. Syria's foreign ministry condemned the raid. Syrian President "
                           "Ahmed al-Sharaa rejected Israel's demand for a buffer zone. Saudi Arabia condemned the "
                           "incursion.", title="Village raid")
    assert has(evs, "ACCUSE", "SAU", "ISR") and not has(evs, "ACCUSE", "SAU", "SYR")
    # a noun with its own doer keeps it
    _, evs = events(coder, "AMMAN — Israeli troops raided the Syrian village of Ufaniya on Tuesday. Saudi Arabia "
                           "condemned Syria's incursion.", title="Village raid")
    assert not has(evs, "ACCUSE", "SAU", "ISR")


def test_the_alliance_is_the_body_its_named_official_speaks_for(coder):
    # (round 22) "NATO Secretary-General X said the alliance ...": NATO, as "the bloc" after the EU's official
    _, evs = events(coder, "BERLIN, Feb 24 (AP) - Germany expelled four Russian diplomats on Tuesday over a sabotage "
                           "plot.\n\nNATO Secretary-General Mark Rutte said the alliance stood firmly with Germany.",
                    title="Germany expels Russian diplomats")
    assert has(evs, "SUPPORT", "IGO", "DEU")


def test_a_foreign_state_asking_for_its_peoples_release_asks_the_state_holding_them(coder):
    # (round 22) not the journalists (the speaker's own) but the story's state that holds them
    _, evs = events(coder, "BAKU, July 1 (Anadolu) - Azerbaijani police detained seven employees of a Russian news "
                           "agency on Monday.\n\nRussia's Foreign Ministry summoned Azerbaijan's ambassador on Tuesday "
                           "and handed him a note demanding the immediate release of the journalists.\n\n\"We demand "
                           "the immediate release of the Russian journalists,\" spokeswoman Maria Zakharova said.",
                    title="Baku detains Russian agency staff")
    requests = [e for e in evs if e[0] == "REQUEST"]
    assert len(requests) >= 2 and all(e[1] == "RUS" and e[2] == "AZE" for e in requests)


def test_condemning_a_visit_told_earlier_by_its_noun_answers_the_visitor(coder):
    body = ("VALLETTA — Tunisia recalled its ambassador to Italy on Monday after a visit by Italian Interior Minister "
            "Marco Ferri to the island of Lampedusa on Sunday. Ferri toured a migrant centre with reporters. "
            "Algeria's foreign ministry condemned the visit on Tuesday.")
    _, evs = events(coder, body, title="Tunisia recalls envoy")
    assert has(evs, "ACCUSE", "DZA", "ITA"), evs
    assert not has(evs, "ACCUSE", "DZA", "TUN"), evs


def test_a_step_ruled_out_is_coded_as_that_step_negated(coder):
    body = ("BUENOS AIRES — Argentina protested to Britain on Monday over new fishing licences around the disputed "
            "islands. Foreign Minister Pablo Soto ruled out any use of force against Britain. Kenya's trade minister "
            "ruled out retaliatory measures against Tanzanian traders.")
    _, evs = events(coder, body, title="Argentina protests to Britain")
    assert has(evs, "ASSAULT", "ARG", "GBR", "negated"), evs
    assert has(evs, "SANCTION", "KEN", "TZA", "negated"), evs
    assert not has(evs, "REJECT", "ARG", "GBR"), evs
    # not ruling it out is a threat, not a ruled-out attack
    _, evs = events(coder, "WASHINGTON — The president said he did not rule out the use of military force against "
                           "Venezuela.", title="US threatens Venezuela")
    assert has(evs, "THREATEN", "USA", "VEN"), evs
    assert not has(evs, "ASSAULT"), evs


def test_a_grievance_filed_with_an_international_body_is_aimed_at_the_party_it_is_about(coder):
    _, evs = events(coder, "CAIRO — Egypt on Wednesday complained to the UN Security Council about Ethiopia's new "
                           "filling of the dam on the Blue Nile.", title="Egypt complains to UN")
    assert has(evs, "ACCUSE", "EGY", "ETH"), evs
    assert not has(evs, "ACCUSE", "EGY", "UNO"), evs
    _, evs = events(coder, "PORT VILA — Vanuatu lodged a formal protest with the United Nations on Thursday after a "
                           "French navy frigate patrolled the waters around two disputed islands.",
                    title="Vanuatu protests at UN")
    assert has(evs, "ACCUSE", "VUT", "FRA"), evs
    # a protest lodged with the body about the body itself stays aimed at it
    _, evs = events(coder, "BAMAKO — Mali lodged a formal protest with the United Nations on Monday over the "
                           "organisation's report on the army.", title="Mali protests to UN")
    assert has(evs, "ACCUSE", "MLI", "UNO"), evs


def test_dismissing_a_statement_as_something_is_a_rejection(coder):
    _, evs = events(coder, 'ANKARA — The EU criticised Turkey on Monday. Ankara dismissed the EU statement as "biased '
                           'and detached from realities on the ground."', title="Turkey rejects EU criticism")
    assert has(evs, "REJECT", "TUR", "EUR"), evs


def test_rejecting_a_claim_about_ones_own_deeds_answers_the_party_that_made_it(coder):
    body = ("YEREVAN — Armenia accused Azerbaijan on Tuesday of opening fire on its positions.\n\nBaku said Armenia had "
            "moved artillery to the area in recent days. Yerevan rejected that claim as \"disinformation\".")
    _, evs = events(coder, body, title="Armenia and Azerbaijan trade charges")
    assert has(evs, "REJECT", "ARM", "AZE"), evs


def test_disputing_an_account_is_a_rejection(coder):
    _, evs = events(coder, "BAMAKO — Algeria said it shot down a Malian drone that had crossed its border. Bamako "
                           "disputed the Algerian account.", title="Mali disputes Algeria account")
    assert has(evs, "REJECT", "MLI", "DZA"), evs


def test_the_bloc_far_back_is_the_storys_one_bloc(coder):
    body = ("BAMAKO — Mali's junta dissolved all political parties on Tuesday. The Economic Community of West African "
            "States condemned the decision as a blow to democracy.\n\nStudents marched in Bamako on Wednesday. Police "
            "fired tear gas at the crowd near the national assembly.\n\nSeveral party leaders went into hiding, their "
            "aides said. Former ministers called the move illegal.\n\nGovernment spokesman Fousseyni Traore accused "
            "the bloc of meddling in Mali's affairs.")
    _, evs = events(coder, body, title="Mali dissolves parties")
    assert has(evs, "ACCUSE", "MLI", "IGO"), evs
    assert not has(evs, "ACCUSE", "MLI", "MLI"), evs
    # "the alliance" further back may be a union's, not the story's one international body
    body = ("COLOMBO — The IMF welcomed Sri Lanka's power subsidy cuts on Monday.\n\nThousands of electricity workers "
            "walked off the job on Wednesday. A union alliance led the strike.\n\nThe cabinet met on Thursday. Ministers "
            "spoke to reporters.\n\nLate on Thursday the cabinet exempted hospitals from the increase, a concession "
            "the alliance dismissed as cosmetic.")
    _, evs = events(coder, body, title="Sri Lanka power strike")
    assert not has(evs, "REJECT", "IGO"), evs


def test_rejecting_an_accusation_and_calling_it_lies_is_one_rejection(coder):
    body = ("LOME — The opposition accused the government of negligence on Monday. Government spokesman Yawa Kouigan "
            "rejected the accusation, calling it \"shameful political exploitation\".")
    _, evs = events(coder, body, title="Togo rejects charge")
    assert has(evs, "REJECT", "TGO", "TGO"), evs
    assert len([e for e in evs if e[0] == "ACCUSE"]) == 1, evs


def test_young_men_in_the_street_are_the_storys_people(coder):
    body = ("CONAKRY — Guinea's junta announced the referendum results on Monday.\n\nIn the Matoto suburb, young men "
            "burned tyres and threw stones at police. Several hundred residents marched to the town hall on Tuesday.")
    _, evs = events(coder, body, title="Guinea referendum unrest")
    assert has(evs, "PROTEST", "GIN", None), evs
    assert has(evs, "ASSAULT", "GIN", "GIN"), evs
    # people who are no crowd ("the men in the photograph") stay no party of their own
    _, evs = events(coder, "CONAKRY — Guinea's junta announced the referendum results on Monday.\n\n"
                           "The photographs showed the men had visited the capital.", title="Guinea referendum")
    assert not has(evs, "PROTEST"), evs


def test_the_association_is_the_body_of_that_name_named_before(coder):
    body = ("OUAGADOUGOU — Burkina Faso's security services detained the journalist Issa Kabore on Monday, his "
            "colleagues said. The Burkinabe Association of Journalists held a news conference on Tuesday.\n\n"
            "The association demanded his immediate release.")
    _, evs = events(coder, body, title="Burkina journalist detained")
    assert any(e[0] == "REQUEST" and e[1] == "BFA" and e[4] and "Association" in e[4] for e in evs), evs
    # a body named in the phrase itself is that body, not the one named before
    body = ("BERLIN — Germany's interior ministry banned the Grey Wolves association on Monday.\n\n"
            "The Kurdish umbrella group KON-MED praised the ban.")
    _, evs = events(coder, body, title="Germany bans group")
    assert not any(e[0] == "SUPPORT" and e[4] == "Grey Wolves" for e in evs), evs


def test_a_statement_from_a_body_speaks_for_it(coder):
    body = ("KHARTOUM — Ethiopia began filling the dam's reservoir on Monday.\n\nA statement from Sudan's Sovereign "
            "Council urged Ethiopia to share data on the dam. No decree from Addis Ababa can silence us, a farmer said.")
    _, evs = events(coder, body, title="Sudan urges Ethiopia")
    assert has(evs, "REQUEST", "SDN", "ETH"), evs


def test_an_unknown_named_party_acts_from_the_storys_country(coder):
    body = ("SOFIA — Bulgaria's parliament passed the budget on Monday.\n\nPP-DB accused the prosecutor's office of "
            "acting on the orders of the ruling party.")
    _, evs = events(coder, body, title="Bulgaria budget row")
    assert has(evs, "ACCUSE", "BGR", "BGR"), evs
    # or from the place its clause opens in
    body = ("KUALA LUMPUR — Malaysia proposed joint development of the Ambalat block on Monday.\n\nIn Jakarta, "
            "Hasanuddin rejected the idea of joint development.")
    _, evs = events(coder, body, title="Ambalat row")
    assert has(evs, "REJECT", "IDN"), evs


def test_ready_to_take_a_step_that_is_no_event_of_its_own_is_an_offer(coder):
    body = ("WARSAW — An explosion damaged a railway line in eastern Poland on Saturday.\n\nUkrainian Foreign Minister "
            "Andrii Sybiha said Kyiv was ready to help find those responsible.")
    _, evs = events(coder, body, title="Poland rail blast")
    assert has(evs, "AGREE", "UKR", "POL"), evs
    # a step that is an event of its own is coded as that step, not twice
    body = ("WARSAW — Polish officials met on Monday.\n\nKremlin spokesman Dmitry Peskov said Russia was ready to "
            "fight.")
    _, evs = events(coder, body, title="Russia warns Poland")
    assert not has(evs, "AGREE"), evs
    body = ("KUALA LUMPUR — Malaysian officials detained Indonesian trawlers on Monday.\n\nThe minister said Kuala "
            "Lumpur was ready to hold talks with Jakarta on fishing boundaries.")
    _, evs = events(coder, body, title="Malaysia offers talks")
    assert len([e for e in evs if e[0] == "AGREE"]) == 1, evs


def test_a_vow_to_act_against_another_is_a_threat_and_a_vow_to_help_a_promise(coder):
    body = ("SANTO DOMINGO — Dominican authorities deported 1,200 Haitians on Monday.\n\nPresident Luis Abinader "
            "vowed to keep up the removals until order returns to Haiti.")
    _, evs = events(coder, body, title="Dominican deportations")
    assert has(evs, "THREATEN", "DOM"), evs
    assert not has(evs, "AGREE", "DOM"), evs
    _, evs = events(coder, "ROME — Italy vowed to help Libya rebuild its coast guard on Monday.", title="Italy Libya")
    assert has(evs, "AGREE", "ITA", "LBY"), evs


def test_approving_a_measure_is_the_measure_not_support(coder):
    body = ("DUBLIN — Irish lawmakers on Wednesday approved a ban on imports of goods from Israeli settlements in the "
            "occupied West Bank.")
    _, evs = events(coder, body, title="Ireland bans settlement goods")
    assert has(evs, "SANCTION", "IRL", "ISR"), evs
    assert not has(evs, "SUPPORT"), evs


def test_seeking_is_a_request_only_when_something_is_asked_of_another(coder):
    body = ("WELLINGTON — Chinese warships held live-fire drills in the Tasman Sea on Friday.\n\nPrime Minister "
            "Christopher Luxon said Wellington had sought an explanation from Beijing.")
    _, evs = events(coder, body, title="New Zealand queries drills")
    assert has(evs, "REQUEST", "NZL", "CHN"), evs
    body = ("DAMASCUS — Syria's new government signed a wheat deal on Monday.\n\nThe authorities in Damascus have "
            "since sought a pragmatic relationship with Moscow.")
    _, evs = events(coder, body, title="Syria and Russia")
    assert not has(evs, "REQUEST"), evs


def test_raising_a_matter_with_a_leader_is_the_consultation_announced(coder):
    body = ("NAIROBI — Tanzania deported two Kenyan activists on Monday.\n\nState House spokesman Hussein Mohamed said "
            "Ruto would raise the matter with Tanzanian President Samia Suluhu Hassan at the summit.")
    _, evs = events(coder, body, title="Kenya Tanzania row")
    assert has(evs, "CONSULT", "KEN", "TZA"), evs
    assert not has(evs, "AGREE", "KEN", "TZA"), evs


def test_people_suspected_of_a_crime_are_no_accusation_and_staff_evacuated_no_retreat(coder):
    body = ("QUITO — Police arrested 14 people in Guayaquil suspected of ordering the attack.\n\nThe mining company said "
            "it had evacuated its staff and suspended production.")
    _, evs = events(coder, body, title="Ecuador arrests")
    assert has(evs, "COERCE", "ECU"), evs
    assert not has(evs, "ACCUSE"), evs
    assert not has(evs, "RETREAT"), evs
    _, evs = events(coder, "BELGRADE — Interior Minister Ivica Dacic said the 14 detainees were suspected of calling "
                           "for the violent overthrow of the constitutional order.", title="Serbia arrests")
    assert has(evs, "ACCUSE", None, "SRB"), evs   # said of the detainees


def test_a_states_strikes_named_by_its_demonym_are_military(coder):
    body = ("SANAA — The Houthis said on Monday they would not discuss a ceasefire while U.S. strikes continued.\n\n"
            "Israeli strikes have killed hundreds of people since then, officials said.")
    _, evs = events(coder, body, title="Yemen talks")
    assert not has(evs, "PROTEST"), evs


def test_expecting_a_party_to_act_is_a_request_and_beating_in_custody_an_assault(coder):
    body = ("COLOMBO — The IMF approved a loan tranche for Sri Lanka on Monday.\n\nThe IMF expected Sri Lanka to "
            "strengthen its anti-corruption framework. Talks are expected to resume next week.")
    _, evs = events(coder, body, title="IMF and Sri Lanka")
    assert has(evs, "REQUEST", "IGO", "LKA"), evs
    assert len([e for e in evs if e[0] == "REQUEST"]) == 1, evs
    _, evs = events(coder, "ULAANBAATAR — Police detained 20 protesters on Monday.\n\nLawyers for several detainees "
                           "said they had been beaten in custody.", title="Mongolia protests")
    assert has(evs, "ASSAULT"), evs


def test_an_arrest_warrant_is_coded_as_the_arrest_it_orders(coder):
    body = ("LA PAZ — A judge in Tarija on Wednesday renewed the arrest warrant against Evo Morales after he again "
            "failed to appear in court.")
    _, evs = events(coder, body, title="Bolivia warrant")
    assert has(evs, "COERCE", "BOL", "BOL"), evs
    assert not has(evs, "THREATEN"), evs


def test_a_state_suspending_its_own_bodies_restricts_and_suspending_talks_cuts_ties(coder):
    _, evs = events(coder, "TUNIS — President Kais Saied suspended parliament on Sunday and dismissed the prime "
                           "minister.", title="Tunisia crisis")
    assert has(evs, "COERCE", "TUN", "TUN"), evs
    assert not has(evs, "SANCTION", "TUN", "TUN"), evs
    _, evs = events(coder, "BOGOTA — Colombia suspended peace talks with the National Liberation Army on Friday.",
                    title="Colombia suspends talks")
    assert has(evs, "SANCTION", "COL"), evs


def test_those_detained_whom_a_release_frees_are_no_new_detention(coder):
    body = ("PORT OF SPAIN — Police detained 40 people in raids on Wednesday.\n\nPolice released 19 of those detained "
            "without charge on Thursday night.")
    _, evs = events(coder, body, title="Trinidad raids")
    assert len([e for e in evs if e[0] == "COERCE"]) == 1, evs
    assert has(evs, "RETREAT", "TTO"), evs


def test_relief_sent_to_another_state_is_aid_and_troops_at_home_a_mobilisation(coder):
    body = ("PORT VILA — A cyclone struck Vanuatu on Monday.\n\nQatar dispatched two aircraft carrying medical supplies "
            "and generators to Port Vila.")
    _, evs = events(coder, body, title="Vanuatu cyclone")
    assert has(evs, "AID", "QAT"), evs
    assert not has(evs, "MOBILIZE", "QAT"), evs
    body = ("NAIROBI — Protesters marched in Nairobi on Tuesday.\n\nPolice deployed armoured water-cannon trucks and "
            "dozens of officers around parliament.")
    _, evs = events(coder, body, title="Kenya protests")
    assert has(evs, "MOBILIZE", "KEN"), evs


def test_the_government_a_party_of_one_state_addresses_is_its_own(coder):
    body = ("KINGSTON — Cuba's government on Monday rejected a proposal from Washington on its medical missions.\n\n"
            "Opposition leader Mark Golding, of the People's National Party, urged the government to negotiate quietly "
            "with the United States.")
    _, evs = events(coder, body, title="Jamaica doctors row")
    assert has(evs, "REQUEST", "JAM", "JAM"), evs
    assert not has(evs, "REQUEST", "JAM", "CUB"), evs
    body = ("HANOI — China's government on Monday announced a new baseline in the Gulf of Tonkin.\n\nThe Vietnam "
            "Fisheries Society, a state-linked association, called on the government to deploy surveillance ships.")
    _, evs = events(coder, body, title="Tonkin baseline")
    assert has(evs, "REQUEST", "VNM", "VNM"), evs


def test_the_government_named_by_its_seat_is_the_state_seated_there(coder):
    body = ("AMMAN — Jordanian jets struck smugglers' hideouts in southern Syria on Tuesday.\n\nDruze leader Hikmat "
            "al-Hijri accused the government in Damascus of abandoning the province.")
    _, evs = events(coder, body, title="Jordan strikes")
    assert has(evs, "ACCUSE", tgt="SYR"), evs
    assert not has(evs, "ACCUSE", tgt="JOR"), evs


def test_a_speech_act_set_off_after_a_reported_clause_is_the_speakers(coder):
    body = ("BUJUMBURA — Interior Minister Martin Niteretse said on Thursday that the border with Rwanda would stay "
            "shut, accusing Kigali of sheltering the rebel group.")
    _, evs = events(coder, body, title="Burundi border")
    assert has(evs, "ACCUSE", "BDI", "RWA"), evs


def test_a_past_tense_joined_to_an_infinitive_on_a_noun_is_the_speakers_own_act(coder):
    body = ("HARARE — Information Minister Jenfan Muswere said the government would not tolerate attempts to remove "
            "the president and accused Britain of funding the protests.")
    _, evs = events(coder, body, title="Zimbabwe protests")
    assert has(evs, "ACCUSE", "ZWE", "GBR"), evs
    body = ("BUJUMBURA — Minister Martin Niteretse said on Thursday, rejecting a Rwandan request to reopen the crossings "
            "and accusing Kigali of sheltering the rebel group.")
    _, evs = events(coder, body, title="Burundi border")
    assert has(evs, "ACCUSE", "BDI", "RWA"), evs


def test_a_naming_verb_the_parser_hung_on_its_subject_is_still_the_subjects_act(coder):
    body = ("MANAGUA — The opposition coalition Unidad Nacional Azul y Blanco called Wednesday's decision "
            "\"legal savagery\" and urged the European Union to extend sanctions.")
    _, evs = events(coder, body, title="Nicaragua citizenship")
    assert has(evs, "ACCUSE", "NIC"), evs
    assert has(evs, "REQUEST", "NIC", "EUR"), evs


def test_dismissing_another_partys_act_is_a_rejection_of_it(coder):
    body = ("RIGA — Russia threatened on Monday to retaliate against Latvia over the expulsions.\n\nLatvian Foreign "
            "Minister Baiba Braze dismissed the threats.")
    _, evs = events(coder, body, title="Latvia expulsions")
    assert has(evs, "REJECT", "LVA", "RUS"), evs


def test_a_name_after_an_opening_place_is_the_subject_of_the_main_verb(coder):
    body = ("MORONI — France turned back three migrant boats to Anjouan on Monday.\n\nIn Addis Ababa, African Union "
            "Commission chairperson Mahmoud Ali Youssouf called on Paris and Moroni to settle the dispute through "
            "dialogue.")
    _, evs = events(coder, body, title="Comoros boats")
    assert has(evs, "REQUEST", "IGO", "FRA"), evs


def test_an_appeal_joined_to_a_reply_is_the_replying_speakers(coder):
    body = ("BEIJING — Japan protested on Monday against the detention of a Japanese businessman.\n\nChinese Foreign "
            "Minister Wang Yi replied that the case had been handled in accordance with the law and urged Tokyo to "
            "respect China's judicial sovereignty.")
    _, evs = events(coder, body, title="China Japan detention")
    assert has(evs, "REQUEST", "CHN", "JPN"), evs


def test_delegations_from_two_parties_meeting_are_those_parties_meeting(coder):
    body = ("GOMA — Fighting continued around Walikale on Monday.\n\nIn Doha, delegations from the Congolese government "
            "and the M23 rebel alliance met for the first time since December.")
    _, evs = events(coder, body, title="Congo talks")
    assert any(e[0] == "CONSULT" and e[4] and e[5] and {"government", "alliance"} <= {e[4].split()[-1], e[5].split()[-1]}
               for e in evs), evs
    # a ministry's portfolio names no parties
    body = ("ASUNCION — Paraguay raised the Itaipu tariff on Monday.\n\nBrazil's Minister of Mines and Energy Alexandre "
            "Silveira regretted the decision and warned that Brazil could stop buying Paraguayan power.")
    _, evs = events(coder, body, title="Itaipu row")
    assert has(evs, "THREATEN", "BRA", "PRY"), evs


def test_the_accused_who_deny_the_charges_deny_at_home(coder):
    body = ("CAIRO — A Cairo court sentenced 12 rights lawyers to prison terms on Monday for spreading false news.\n\n"
            "All 12 denied the charges.")
    _, evs = events(coder, body, title="Egypt trial")
    assert has(evs, "REJECT", "EGY"), evs


def test_the_country_in_a_speakers_reported_clause_is_the_speakers_state(coder):
    # "Spokesman X said the country would take countermeasures": a bare "the country / the state" doing the act
    # of what a speaker reports is the speaker's own state
    lede = "ISLAMABAD, May 3 (Wire) - Pakistan's foreign ministry protested to India on Monday.\n\n"
    asks, record = dyads(coder, lede + "Foreign ministry spokesman Ali Khan said the state would ask Afghanistan to "
                                "extradite the suspects.", "REQUEST")
    assert asks == [("PAK", "AFG")], record.events
    # a country word with its own description stays out of it ("the state of emergency" is no party)
    asks, record = dyads(coder, lede + "Spokesman Ali Khan said the state of emergency would ask nothing of "
                                "Afghanistan.", "REQUEST")
    assert not [pair for pair in asks if pair[0] == "PAK"], record.events


def test_one_of_a_named_group_acts_for_the_group(coder):
    # "one of the Chinese vessels had fired a water cannon": the part of a group acts with the group's country
    fired, record = dyads(coder, "MANILA, May 3 (Wire) - Chinese vessels blocked a Philippine supply boat near the "
                                 "reef on Monday.\n\nMinutes earlier, one of the Chinese vessels had fired a water "
                                 "cannon at the boat, the coast guard said.", "ASSAULT")
    assert fired == [("CHN", "PHL")], record.events


def test_a_subject_with_an_including_phrase_set_off_by_commas_keeps_its_verb(coder):
    # "four UN experts, including the special rapporteur on X, called on Bahrain to release ...": the parser hangs
    # "called" on the noun as a participle; it is the main verb and the experts its subject
    asks, record = dyads(coder, "MANAMA, Jan 22 (Wire) - A Bahraini court jailed six activists on Monday.\n\nIn "
                                "Geneva, four UN human rights experts, including the special rapporteur on freedom of "
                                "expression, called on Bahrain to release the six immediately.", "REQUEST")
    assert asks == [("UNO", "BHR")], record.events
    # a regional body of the list urges its members, whatever members its description names
    asks, record = dyads(coder, "FREETOWN, Sept 3 (Wire) - Guinean troops occupied a border post on Monday.\n\nThe "
                                "Mano River Union, which groups Sierra Leone, Guinea and Liberia, urged both sides to "
                                "exercise restraint.", "REQUEST")
    assert set(asks) == {("IGO", "GIN"), ("IGO", "SLE")}, record.events


def test_working_alongside_another_partys_people_is_cooperation_with_it(coder):
    _, evs = events(coder, "A team of Australian police officers began working alongside Fijian detectives at the port.")
    assert has(evs, "COOPERATE", "AUS", "FJI"), evs


def test_prosecutors_seeking_a_penalty_press_the_charge(coder):
    _, evs = events(coder, "Prosecutors in Lima on Monday sought a 15-year prison sentence for former President Pedro "
                           "Castillo on charges of rebellion.")
    assert has(evs, "ACCUSE", "PER", "PER")
    _, evs = events(coder, "The company sought damages of $2 million from the contractor.")
    assert not has(evs, "ACCUSE") and not has(evs, "REQUEST")


def test_what_a_speaker_called_an_act_with_a_demonym_names_the_party_it_is_aimed_at(coder):
    # "condemned what he called 'reckless' Russian behaviour": the demonym on the name given to the act
    _, evs = events(coder, "WARSAW, Feb 11 (Wire) - Poland's foreign minister condemned what he called \"reckless\" "
                           "Belarusian behaviour on the border.")
    assert has(evs, "ACCUSE", "POL", "BLR")
    _, evs = events(coder, "TEHRAN, Aug 27 (Wire) - Iran's foreign ministry condemned what it called \"open American "
                           "meddling\" in Iraq's affairs.")
    assert has(evs, "ACCUSE", "IRN", "USA")


def test_a_noun_of_force_with_its_victim_in_an_of_phrase_is_told_as_a_passive(coder):
    # "The arrest of two journalists drew condemnation": the doer unnamed, the state the story's
    _, evs = events(coder, "LILONGWE, Oct 2 (Wire) - The arrest of two local journalists covering the protests drew "
                           "condemnation from the Malawi Union of Journalists.")
    assert has(evs, "COERCE", "MWI")
    _, evs = events(coder, "LILONGWE, Oct 2 (Wire) - The arrest warrant was not served, the court said.")
    assert not has(evs, "COERCE")


def test_a_reaction_an_act_drew_from_a_party_is_that_partys_aimed_at_the_acts_doer(coder):
    # "The closure drew criticism from X": X reacts, to whoever closed the border
    _, evs = events(coder, "WARSAW, Oct 2 (Wire) - Belarus closed the border with Poland on Monday. The closure drew "
                           "sharp criticism from Latvia.")
    assert has(evs, "ACCUSE", "LVA", "BLR")


def test_clashes_between_two_sides_are_the_first_named_against_the_second(coder):
    _, evs = events(coder, "KHARTOUM, May 3 (Wire) - Clashes between Sudanese army troops and RSF fighters killed "
                           "12 people in El Fasher on Sunday.")
    assert any(e[0] == "ASSAULT" and e[4] == "Sudanese army troops" and e[5] == "RSF fighters" for e in evs), evs


def test_a_verb_that_joins_or_completes_a_nominal_act_lends_it_its_doer(coder):
    # "joined calls for X", "completed a joint exercise": the subject of the carrying verb makes the call, the exercise
    _, evs = events(coder, "TRIPOLI, May 3 (Wire) - Members of Libya's eastern parliament joined calls for the prime "
                           "minister to step down.")
    assert has(evs, "REQUEST", "LBY")
    _, evs = events(coder, "LIMA, May 3 (Wire) - Peruvian and Ecuadorean navy ships on Monday completed a joint naval "
                           "exercise off the coast.")
    assert has(evs, "COOPERATE", "PER", "ECU")
    _, evs = events(coder, "LIMA, May 3 (Wire) - The ministry completed a review of the budget on Monday.")
    assert not evs


def test_joining_a_march_or_the_protesters_is_protest_and_full_confidence_is_support(coder):
    _, evs = events(coder, "BUDAPEST, May 3 (Wire) - Opposition leader Ferenc Toth joined the march through central "
                           "Budapest against the new media law.")
    assert has(evs, "PROTEST", "HUN")
    _, evs = events(coder, "WASHINGTON, May 3 (Wire) - The State Department said the United States had full confidence "
                           "in Ghana's electoral commission.")
    assert has(evs, "SUPPORT", "USA", "GHA")


def test_scuffles_mockery_police_stationed_and_units_pulled_back(coder):
    _, evs = events(coder, "YEREVAN, May 3 (Wire) - Opposition supporters scuffled with riot police outside the "
                           "parliament building in Yerevan on Monday.")
    assert has(evs, "ASSAULT", "ARM", "ARM")
    _, evs = events(coder, "MINSK, May 3 (Wire) - Belarusian President Alexander Lukashenko mocked Poland for "
                           "\"fighting balloons with tanks\".")
    assert has(evs, "ACCUSE", "BLR", "POL")
    _, evs = events(coder, "DHAKA, May 3 (Wire) - Riot police were stationed around the election commission in Dhaka "
                           "as the count went on.")
    assert has(evs, "MOBILIZE", "BGD")
    _, evs = events(coder, "ANTANANARIVO, May 3 (Wire) - The gendarmerie pulled its units off the capital's streets on "
                           "Sunday, the Malagasy government said.")
    assert has(evs, "RETREAT", "MDG")


def test_people_handed_over_are_released_and_equipment_handed_over_is_aid(coder):
    _, evs = events(coder, "TBILISI, May 3 (Wire) - Azerbaijan handed over to Georgia three Georgian shepherds and two "
                           "soldiers detained near the frontier.")
    assert has(evs, "RETREAT", "AZE", "GEO")
    _, evs = events(coder, "MANILA, May 3 (Wire) - Japan handed over two coastal radars to the Philippine Navy on "
                           "Tuesday.")
    assert has(evs, "AID", "JPN", "PHL") and not has(evs, "COOPERATE")


def test_noting_an_act_with_concern_reproaches_its_doer(coder):
    _, evs = events(coder, "NEW DELHI, May 3 (Wire) - Nepal's government banned the Royalist Party on Monday. India "
                           "noted with concern the ban on the party, its foreign ministry said.")
    assert has(evs, "ACCUSE", "IND", "NPL")


def test_a_warning_to_whoever_breaks_a_rule_threatens_the_speakers_own_country(coder):
    # "those who ... will face the full force of the law": the unnamed wrongdoers, at home
    _, evs = events(coder, "HONIARA, May 3 (Wire) - Prime Minister Jeremiah Manele said those who looted shops in the "
                           "capital would face the full force of the law.")
    assert has(evs, "THREATEN", "SLB", "SLB")
    _, evs = events(coder, "HONIARA, May 3 (Wire) - Officials said the country would pay the price for the delay.")
    assert not has(evs, "THREATEN")


def test_a_capital_opening_a_longer_place_name_is_not_the_capital(coder):
    # "Santiago de Cuba" is in Cuba, not Chile's capital
    _, evs = events(coder, "HAVANA, May 3 (Wire) - Hundreds of residents of Santiago de Cuba marched through the "
                           "city on Sunday to protest against power cuts.")
    assert has(evs, "PROTEST", "CUB") and not has(evs, "PROTEST", "CHL")
    _, evs = events(coder, "ATHENS, May 3 (Wire) - The Hellenic Navy sent two frigates to the Aegean on Monday.")
    assert has(evs, "MOBILIZE", "GRC")


def test_soldiers_taking_up_positions_are_deployed_but_a_stance_taken_is_no_event(coder):
    _, evs = events(coder, "NIAMEY, May 3 (Wire) - Soldiers in armoured vehicles took up positions outside the "
                           "headquarters of Niger's main opposition party on Monday, witnesses said.")
    assert has(evs, "MOBILIZE", "NER")
    _, evs = events(coder, "NIAMEY, May 3 (Wire) - Niger's main opposition party took a position on the reform.")
    assert not has(evs, "MOBILIZE")


def test_a_two_word_demonym_names_its_own_state(coder):
    # "the Greek Cypriot side" is Cyprus, not Greece
    _, evs = events(coder, "NICOSIA, May 3 (Wire) - Turkey's foreign ministry accused the Greek Cypriot side of "
                           "provocations on Tuesday.")
    assert has(evs, "ACCUSE", "TUR", "CYP") and not has(evs, "ACCUSE", "TUR", "GRC")


def test_a_country_that_is_a_persons_surname_is_the_person(coder):
    # "Prime Minister Luis Montenegro" of Portugal: neither the full name nor the bare surname is Montenegro the state
    r, evs = events(coder, "LISBON, May 3 (Wire) - Portuguese Prime Minister Luis Montenegro resigned on Wednesday. "
                           "Opposition leader Pedro Nuno Santos accused Montenegro of lying to parliament. Montenegro "
                           "rejected the accusation.")
    assert has(evs, "ACCUSE", "PRT", "PRT") and has(evs, "REJECT", "PRT")
    assert not any("MNE" in (e[1], e[2]) for e in evs)
    # after a preposition of place the name is still the state
    _, evs = events(coder, "BELGRADE, May 3 (Wire) - Serbian police arrested Nikola Jordan, a lorry driver, on Monday. "
                           "Serbia later sent 200 troops to Montenegro.")
    assert has(evs, "MOBILIZE", "SRB", "MNE")
    # a given name that is a country's ("Israel Katz") leaves the bare name to the state
    _, evs = events(coder, "JERUSALEM, May 3 (Wire) - Israeli Defence Minister Israel Katz said on Tuesday that Israel "
                           "would not withdraw its troops from southern Lebanon.")
    assert has(evs, "RETREAT", "ISR", "LBN")


def test_peacekeepers_with_no_nationality_serve_the_united_nations(coder):
    _, evs = events(coder, "BANGUI, May 3 (Wire) - Gunmen ambushed a MINUSCA patrol near Paoua on Tuesday. "
                           "Peacekeepers returned fire, killing four of the assailants. Kenyan peacekeepers later "
                           "arrested two men.")
    assert has(evs, "ASSAULT", "UNO") and has(evs, "COERCE", "KEN")


def test_a_body_in_apposition_to_the_subject_takes_the_place_framing_its_clause(coder):
    # "In Moscow, state broadcaster X accused Baku": X is Russia's, not the story's home
    _, evs = events(coder, "BAKU, May 3 (Wire) - Azerbaijan arrested two Russian journalists on Monday. In Moscow, "
                           "state broadcaster Channel One accused Baku of humiliating Russian citizens.")
    assert has(evs, "ACCUSE", "RUS", "AZE")


def test_a_quoted_reproach_with_an_adverb_after_the_object_is_an_accusation(coder):
    _, evs = events(coder, "SEOUL, May 3 (Wire) - Japan approved new school textbooks on Monday. South Korea's foreign "
                           "ministry called the decision \"deeply regrettable\" and urged Tokyo to revise them.",
                    title="Textbook row")
    assert has(evs, "ACCUSE", "KOR", "JPN") and has(evs, "REQUEST", "KOR", "JPN")


def test_a_counted_crowd_gathering_in_a_named_states_city_is_of_that_state(coder):
    # "Thousands of people marched through <city>": the crowd is of the city's state, not of the dateline's
    _, evs = events(coder, "STOCKHOLM, May 3 (Wire) - Sweden said it would not ban Koran burnings, angering Turkey. "
                           "Hundreds of people protested outside the Swedish consulate in Istanbul on Wednesday.",
                    title="Koran row")
    assert has(evs, "PROTEST", "TUR", "SWE")
    _, evs = events(coder, "TIRANA, May 3 (Wire) - Albania signed a defence pact with Croatia, angering Serbia. "
                           "Thousands of people marched through Belgrade on Saturday against the government.",
                    title="Pact signed")
    assert has(evs, "PROTEST", "SRB")
    # a capital's name alone names no state: Hamilton, Ontario is not Bermuda's capital
    _, evs = events(coder, "OTTAWA, May 3 (Wire) - Canada said it would answer the U.S. steel tariffs. Hundreds of "
                           "steelworkers rallied outside a steel plant in Hamilton, Ontario, on Tuesday.",
                    title="Tariff row")
    assert not has(evs, "PROTEST", "BMU")


def test_a_name_and_a_titled_name_before_one_verb_are_two_parties(coder):
    # the small parser hangs "A" on "President B" and joins the title to "A": A and B spoke
    _, evs = events(coder, "GABORONE, May 3 (Wire) - Botswana's President Duma Boko criticised the diamond firm on "
                           "Wednesday. Boko and Namibian President Netumbo Nandi-Ndaitwah spoke by telephone on Tuesday "
                           "and agreed to coordinate their positions.", title="Diamond row")
    assert has(evs, "CONSULT", "BWA", "NAM") and has(evs, "AGREE", "BWA", "NAM")
    # an "and" inside one body's name joins no two parties
    _, evs = events(coder, "JAKARTA, May 3 (Wire) - Indonesia seized a Singapore-flagged tanker. Singapore's Maritime "
                           "and Port Authority said it had lodged a protest with the Indonesian authorities.",
                    title="Tanker held")
    assert has(evs, "ACCUSE", "SGP", "IDN")


def test_a_frozen_programme_and_an_ordered_seizure_are_coded(coder):
    _, evs = events(coder, "BRUSSELS, May 3 (Wire) - Belgium cut diplomatic ties with Rwanda on Monday. Belgium also "
                           "froze a bilateral development programme worth 95 million euros with Rwanda.",
                    title="Ties cut")
    assert sum(e[0] == "SANCTION" for e in evs) == 2
    _, evs = events(coder, "MADRID, May 3 (Wire) - Spanish police on Monday ordered the seizure of two apartments owned "
                           "by associates of the Equatorial Guinean vice president.", title="Flats seized")
    assert has(evs, "COERCE", "ESP")


def test_food_and_relief_handed_over_are_aid(coder):
    _, evs = events(coder, "VIENTIANE, May 3 (Wire) - Laos signed a border deal with China on Monday. China handed over "
                           "10,000 tonnes of rice to Laos on Friday.", title="Rice handed over")
    assert has(evs, "AID", "CHN", "LAO")
    _, evs = events(coder, "VIENTIANE, May 3 (Wire) - Lao police handed over the suspects to Thai authorities on Friday.",
                    title="Suspects handed over")
    assert not has(evs, "AID")


def test_people_held_and_then_freed_in_one_sentence_are_freed_too(coder):
    # "were arrested and were released": the release's people are the arrest's subject
    _, evs = events(coder, "GABORONE, May 3 (Wire) - Botswana police broke up a strike at a diamond mine on Monday. "
                           "Twelve workers were arrested and were released without charge on Tuesday.",
                    title="Strike broken up")
    assert has(evs, "COERCE", "BWA", "BWA") and has(evs, "RETREAT", None, "BWA")   # (the doer: the party model's)
