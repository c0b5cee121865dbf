"""Acts that the twenty-two fresh texts tell in words the triggers did not know (session 22, events22).

Each test has a sentence of the fresh texts (bench/fresh/developed) and one of another shape that must be read the
same way, and the senses of the same words that name no act.
"""

from __future__ import annotations

from .test_extraction import typed


def test_a_resignation_and_an_election_are_events(claims_of):
    claims = claims_of("Yeltsin resigned on 31 December 1999, leaving Putin as acting president; Putin won the "
                       "presidential election of 26 March 2000.\n", date="2010-01-01")
    assert typed(claims, "Resignation") and typed(claims, "Election")
    claims = claims_of("The interior minister stepped down on Friday, and the run-off is held in June.\n",
                       date="2024-03-04")
    assert typed(claims, "Resignation") and typed(claims, "Election")


def test_a_resigned_mood_is_no_resignation(claims_of):
    for text in ("He seemed resigned to defeat in Gulu.",
                 "The defence minister resigned himself to a long war.",
                 "A resigned shrug was all the envoy offered in Juba."):
        assert not typed(claims_of(text + "\n", date="2024-03-04"), "Resignation"), text


def test_armed_men_clashed_and_a_brigade_overrun_and_a_bishop_murdered_are_events(claims_of):
    claims = claims_of("On 26 March SAF and SPLA forces clashed around Heglig.\n", date="2012-04-25")
    assert typed(claims, "Clash")
    claims = claims_of("On the Namka Chu river the 7th Infantry Brigade was overrun within hours.\n",
                       date="2012-01-01")
    assert typed(claims, "Capture")
    assert typed(claims_of("Its coordinator, Bishop Juan Gerardi, was murdered two days later.\n", date="2000-01-01"),
                 "Killing")
    claims = claims_of("Rebel fighters clashed with government troops near Goma, and two border posts had been overrun "
                       "by dawn; three aid workers were murdered in the town.\n", date="2024-03-04")
    assert typed(claims, "Clash") and typed(claims, "Capture") and typed(claims, "Killing")


def test_ministers_who_clashed_a_town_overrun_with_tourists_and_a_cost_overrun_are_no_events(claims_of):
    for text in ("The ministers clashed over the budget in Kampala.",
                 "The old town of Dubrovnik was overrun with tourists all summer.",
                 "The project in Juba suffered a cost overrun."):
        claims = claims_of(text + "\n", date="2024-03-04")
        assert not (typed(claims, "Clash") or typed(claims, "Capture")), text


def test_armed_men_who_take_or_leave_a_town_named_by_its_noun_capture_or_withdraw(claims_of):
    assert typed(claims_of("In August Chadian troops took the town of Aouzou itself.\n", date="1990-01-01"), "Capture")
    assert typed(claims_of("The first UNEF contingents arrived on 15 November, and the last Anglo-French troops left "
                           "Port Said on 22 December.\n", date="1990-01-01"), "Withdrawal")
    claims = claims_of("Marines took the port on Monday, and the multinational force left the capital in March.\n",
                       date="2024-03-04")
    assert typed(claims, "Capture") and typed(claims, "Withdrawal")


def test_a_left_bank_and_people_taken_to_safety_are_no_move_of_troops(claims_of):
    for text in ("Russian troops on the left bank of the Dnipro dug in near Kherson.",
                 "Troops took the children to safety in Gulu.",
                 "The soldiers left the restaurant in Gulu at noon."):
        claims = claims_of(text + "\n", date="2024-03-04")
        assert not (typed(claims, "Capture") or typed(claims, "Withdrawal")), text


def test_a_proclamation_and_a_founding_are_events(claims_of):
    claims = claims_of("The same day Michel Djotodia proclaimed himself president, and RENAMO was set up in the 1970s "
                       "by the intelligence service of Rhodesia.\n", date="1992-10-04")
    assert typed(claims, "Proclamation") and typed(claims, "Founding")
    claims = claims_of("On 4 and 5 November it approved the creation of a United Nations Emergency Force.\n",
                       date="1990-01-01")
    assert typed(claims, "Founding")
    claims = claims_of("The rebels proclaimed a republic in Goma in March and founded a police force of their own.\n",
                       date="2024-03-04")
    assert typed(claims, "Proclamation") and typed(claims, "Founding")


def test_a_belief_proclaimed_a_self_proclaimed_holder_and_a_camp_set_up_are_no_events(claims_of):
    for text in ("He proclaimed his innocence in Bangui.",
                 "The self-proclaimed president of the enclave spoke in Goma.",
                 "The state was founded on the rule of law in 1991.",
                 "The rebels set up camp near Bria on Monday.",
                 "Militias set up roadblocks near Bangui.",
                 "Indian troops had been setting up posts in territory China claimed."):
        claims = claims_of(text + "\n", date="2024-03-04")
        assert not (typed(claims, "Proclamation") or typed(claims, "Founding")), text


def test_a_commission_of_inquiry_set_up_is_one_event_the_inquiry(claims_of):
    claims = claims_of("The Israeli government set up a commission of inquiry, chaired by the President of the "
                       "Supreme Court.\n", date="2002-09-01")
    assert typed(claims, "Investigation") and not typed(claims, "Founding")
    claims = claims_of("In May the army set up an investigation into the killings in Goma.\n", date="2024-03-04")
    assert typed(claims, "Investigation") and not typed(claims, "Founding")


def test_an_evacuation_armed_men_driven_out_and_troops_that_landed_or_arrived_are_events(claims_of):
    claims = claims_of("Officials said some 136,000 people had been evacuated from the border areas.\n",
                       date="2022-09-20")
    assert typed(claims, "Evacuation")
    claims = claims_of("In July 1971 the army drove the last guerrillas out of their bases around Jerash and Ajloun.\n",
                       date="1990-01-01")
    assert typed(claims, "Displacement")
    claims = claims_of("On 5 November British and French paratroopers landed at Port Said and Port Fuad.\n",
                       date="1990-01-01")
    assert typed(claims, "Deployment")
    claims = claims_of("Government troops drove the militants back across the river on Monday, and the evacuation of "
                       "the wounded began; the first peacekeepers arrived in Goma on Friday.\n", date="2024-03-04")
    assert typed(claims, "Displacement") and typed(claims, "Evacuation") and typed(claims, "Deployment")


def test_a_car_driven_out_and_observers_that_arrived_are_no_moves_of_troops(claims_of):
    for text in ("He drove the car out of the garage in Gulu.",
                 "The observers arrived in Juba on Monday.",
                 "The plane landed at Entebbe on Monday."):
        claims = claims_of(text + "\n", date="2024-03-04")
        assert not (typed(claims, "Displacement") or typed(claims, "Deployment")), text
    assert typed(claims_of("Israel pulled its air force out of the region in May.\n", date="2024-03-04"), "Withdrawal")


def test_captives_released_a_meeting_to_come_and_a_place_surrounded_by_armed_men_are_events(claims_of):
    claims = claims_of("Ahmed Ben Bella and the other FLN leaders held in France since 1956 were released in the days "
                       "after the ceasefire.\n", date="1990-01-01")
    assert typed(claims, "Release")
    assert typed(claims_of("They are due to meet again in June.\n", date="2016-04-10"), "Meeting")
    assert typed(claims_of("The area was surrounded by the Israel Defense Forces.\n", date="2002-09-01"), "Siege")
    claims = claims_of("The accord provides for the release of the two hostages, and the leaders meet in Doha on "
                       "Friday; the town of Kidal was surrounded by rebel fighters.\n", date="2024-03-04")
    assert typed(claims, "Release") and typed(claims, "Meeting") and typed(claims, "Siege")


def test_a_report_or_gas_released_funds_freed_up_and_a_town_surrounded_by_hills_are_no_events(claims_of):
    for text in ("The Henderson Brooks report was never officially released in Delhi.",
                 "The cylinder released toxic gas in Douma.",
                 "The government approved the release of funds for Goma.",
                 "The deal freed up money for Goma.",
                 "The town of Gulu is surrounded by hills."):
        claims = claims_of(text + "\n", date="2024-03-04")
        assert not (typed(claims, "Release") or typed(claims, "Siege")), text


def test_a_state_of_emergency_a_demobilisation_a_hijacking_and_reservists_called_up_are_events(claims_of):
    claims = claims_of("The Papua New Guinea government declared a state of emergency on the island the following "
                       "month.\n", date="1998-06-01")
    assert typed(claims, "StateOfEmergency")
    claims = claims_of("Some 3,000 URNG combatants demobilised under MINUGUA supervision in the first months of 1997.\n",
                       date="2000-01-01")
    assert typed(claims, "Demobilisation")
    assert typed(claims_of("The Popular Front for the Liberation of Palestine (PFLP) hijacks three airliners.\n",
                           date="1990-01-01"), "Abduction")
    claims = claims_of("Gunmen hijacked a bus near Gulu on Monday, and the army called up reservists; the rebels "
                       "demobilized in May.\n", date="2024-03-04")
    assert typed(claims, "Abduction") and typed(claims, "Mobilisation") and typed(claims, "Demobilisation")


def test_a_debate_hijacked_is_no_hijacking(claims_of):
    for text in ("Populists hijacked the debate in Kampala.", "Extremists are hijacking the peace process in Goma."):
        assert not typed(claims_of(text + "\n", date="2024-03-04"), "Abduction"), text
