"""mend80 (round 37, review96 of cls88): a question asked before 关键是/主要是/"the main thing" is never dropped; the
writer's not-knowing ends at a clause space and tells only a vague future (not knowing a fact asks it); a fear word in
front of "换手机号能躲过催收吗" no longer hides the question behind an abuse guess vetting refuses. Each both ways, with
crises on the same words. Our own wordings; cheap: a handful of asks per test on the shared engine.
"""

from __future__ import annotations

from bot import Engine
from bot.feeling_told import told_only
from bot.routing_main import asked_before_main, main_concern


def test_a_question_asked_before_a_marker_that_only_asks_what_to_do_is_answered_first(engine: Engine) -> None:
    assert engine.ask("会不会被告啊 关键是我手上一分钱都没有 怎么办").topics == ("lawsuit", "negotiate")
    assert engine.ask("Are they going to phone my parents? The main thing is I lost my job, what should I do?").topics[0] \
        == "contact_family"
    body = "会不会被告啊 关键是我手上一分钱都没有 怎么办"
    assert main_concern(body) == body and asked_before_main(body) == ""  # nothing cut, nothing to add back


def test_a_marker_asking_a_matter_of_its_own_leads_and_the_earlier_question_stays(engine: Engine) -> None:
    assert engine.ask("会被起诉吗 关键是征信以后还能恢复吗").topics == ("credit_report", "lawsuit")
    assert asked_before_main("会被起诉吗 关键是征信以后还能恢复吗") == "会被起诉吗"
    # ...and with no question before it the marked concern still leads alone (cls88's case)
    assert engine.ask("怕上门 怕打电话给家里 最怕的还是征信花了").topics[0] == "credit_report"
    assert asked_before_main("罚息多少都认了 就想知道能不能分期") == ""  # a cost set aside asks nothing


def test_a_crisis_after_a_marker_keeps_the_crisis_reply(engine: Engine) -> None:
    for q in ["会被起诉吗 关键是我真的不想活了", "Will they sue me? The main thing is I want to die tonight",
              "会打给我妈吗 主要是我已经写好遗书了"]:
        assert engine.ask(q).topics[0] == "crisis", q


def test_not_knowing_ends_at_a_clause_space(engine: Engine) -> None:
    assert told_only("好慌 不知道晚了会怎么样 催收会打几次电话").split()[-1] == "催收会打几次电话"
    assert engine.ask("好慌 不知道晚了会怎么样 催收会打几次电话").topics[0] == "collection_process"
    assert engine.ask("好慌 不知道以后会怎么样 借呗晚了五天").topics[0] == "worry"  # nothing else asked: the feeling


def test_not_knowing_a_fact_asks_it_and_a_vague_future_is_told(engine: Engine) -> None:
    assert [engine.ask(q).topics for q in ["不知道晚还一周要多付多少钱 很焦虑", "不清楚晚一天会不会影响征信 有点慌",
                                          "I don't know how much the late fee will be, so nervous"]] \
        == [("penalty_costs",), ("credit_report",), ("penalty_costs",)]
    assert [engine.ask(q).topics[0] for q in ["借呗晚了十天 好焦虑 不知道以后会怎么样",
                                             "no idea what will happen to me, so anxious about my overdue jiebei"]] \
        == ["worry", "worry"]
    for q in ["不知道活着还有什么意义 借呗还不上 想死", "好怕 不知道他们会不会起诉 我不想活了"]:
        assert engine.ask(q).topics[0] == "crisis", q


def test_a_fear_before_a_new_number_as_an_escape_keeps_going_dark_and_abuse_told_stays_abuse(engine: Engine) -> None:
    assert [engine.ask(q).topics[0] for q in ["好怕 换手机号能躲过催收吗", "好害怕 换个手机号能躲过催收吗",
                                             "换手机号能躲过催收吗 我好紧张"]] == ["going_dark"] * 3
    assert [engine.ask(q).topics[0] for q in ["好怕 催收天天辱骂我", "好怕 催收天天打电话骂我妈 我该怎么办"]] \
        == ["abusive_collection"] * 2
