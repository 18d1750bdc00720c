"""mend66 (review76 of conv53): the short replies after a crisis reply are ALLOW-LISTS. "Glad you feel better" only for a
turn of nothing but better + thanks/goodbye; the helper's short form only for thanks/ok/bye/"I'll go to them now", never
once the writer has been at risk, and a helper's own distress gets the writer's whole reply; a vague take-up keeps the
crisis reply only for vague words ("可能吧", "maybe"), and short loan follow-ups get their loan answers again."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.text import simplified

WRITER_FULL = {"zh": "听你这样说，我很担心你", "en": "I'm really sorry you're going through this"}
GLAD = {"zh": "听到你说好一些了", "en": "I'm glad you're feeling a little better"}
HELPER = {"zh": "他（她）", "en": "them"}


def _turns(engine: Engine, *turns: str) -> list:
    session = engine.session()
    return [session.ask(turn) for turn in turns]


def _whole(reply: object, lang: str) -> bool:
    return reply.topics == ("crisis",) and simplified(WRITER_FULL[lang]) in simplified(reply.text)  # type: ignore[attr-defined]


@pytest.mark.parametrize("first, then, lang", [
    ("i want to die", "much better now, thanks for everything. tell my mom sorry", "en"),
    ("i want to die", "feel better now, going to sleep for a long time", "en"),
    ("i want to die", "feeling better now. it's all taken care of", "en"),
    ("i want to die", "feeling better, it'll all stop hurting tonight", "en"),
    ("i want to die", "thanks, i feel better. sorry for everything", "en"),
    ("我不想活了", "感觉好多了 明天就不用面对这些了", "zh"), ("我不想活了", "好点了 我去把这些都了了", "zh"),
    ("我不想活了", "没事了 你们不用担心我了", "zh"), ("我不想活了", "没事了 一切都会过去的 包括我", "zh"),
    ("我不想活了", "好多了 我把银行卡密码发给我老婆了", "zh"), ("我不想活了", "没事了 我要去很远的地方了", "zh"),
    ("我不想活了", "谢谢 我好多了 信都写好了", "zh"), ("我不想活了", "谢谢 我好多了 对不起大家", "zh"),
    ("我不想活了", "谢谢你陪我聊 我感觉好些了 晚安", "zh"),  # thanks for all: the goodbye check first
    ("我真係唔想做人", "好返啲喇 我寫咗封信畀屋企人", "zh")])
def test_better_with_anything_more_keeps_the_whole_crisis_reply(engine: Engine, first: str, then: str, lang: str) -> None:
    reply = _turns(engine, first, then)[-1]
    assert _whole(reply, lang) and not any(simplified(g) in simplified(reply.text) for g in GLAD.values())


@pytest.mark.parametrize("first, then, lang", [
    ("我不想活了", "谢谢 我好多了 再见", "zh"), ("我不想活了", "好多了，谢谢！晚安", "zh"), ("我不想活了", "没事了 谢谢你们", "zh"),
    ("我不想活了", "多謝 我好返啲喇", "zh"), ("i want to die", "thanks, I feel a bit better now, bye", "en"),
    ("i want to die", "I'm ok now, thank you", "en"), ("i want to die", "ok thanks, i feel better. good night", "en")])
def test_better_with_only_thanks_or_goodbye_gets_the_short_goodbye(engine: Engine, first: str, then: str, lang: str) -> None:
    reply = _turns(engine, first, then)[-1]
    assert reply.topics == ("crisis",) and any(simplified(g) in simplified(reply.text) for g in GLAD.values())
    assert "12356" in reply.text and "110" in reply.text


@pytest.mark.parametrize("first, then", [
    ("我爸说活着没意思 借呗还不上要去死", "好的 我去陪他 我们一起走"), ("my wife said she'd take pills because of the loan", "thanks. i'm so tired too. bye"),
    ("我老公借呗欠了二十万 昨晚说要去跳河", "谢谢 我也好累 再见"), ("my wife said she'd take pills because of the loan", "ok thanks, going to join her"),
    ("my husband said he'd jump off the bridge over our jiebei debt", "ok thanks bye. it's my fault, i should be the one to go")])
def test_a_helpers_own_distress_gets_the_writers_whole_reply(engine: Engine, first: str, then: str) -> None:
    first_reply, reply = _turns(engine, first, then)
    assert first_reply.topics[0] == "crisis"
    lang = "en" if then.isascii() else "zh"
    assert _whole(reply, lang)


@pytest.mark.parametrize("first, then, lang", [
    ("我爸说他不想活了", "好的 谢谢 再见", "zh"), ("我爸说活着没意思 借呗还不上要去死", "好的 我去陪他", "zh"),
    ("my dad says he wants to die", "ok thank you, going to call him now", "en"), ("我媽話佢唔想活", "好的 我先走了 去看她", "zh")])
def test_a_helpers_thanks_or_going_to_them_keeps_the_helpers_short_reply(engine: Engine, first: str, then: str, lang: str) -> None:
    reply = _turns(engine, first, then)[-1]
    assert reply.topics == ("crisis",) and HELPER[lang] in reply.text and WRITER_FULL[lang] not in reply.text


def test_once_the_writer_was_at_risk_the_helper_voice_never_comes_back(engine: Engine) -> None:
    session = engine.session()
    assert session.ask("我想死 借呗逾期").topics[0] == "crisis"
    assert session.ask("我爸也说想死").topics[0] == "crisis"
    assert session.to_dict().get("crisis_helper", False) is False  # the writer was at risk first
    reply = session.ask("谢谢 我好多了 再见")
    assert reply.topics == ("crisis",) and "他（她）" not in reply.text
    # the look-alike: a conversation that was only ever about the relative keeps the helper's voice
    helper = engine.session()
    helper.ask("我爸说他不想活了")
    helper.ask("好的 谢谢")
    assert helper.to_dict()["crisis_helper"] is True


def test_a_helpers_distress_turns_the_conversation_to_the_writer(engine: Engine) -> None:
    session = engine.session()
    session.ask("我老公借呗欠了二十万 昨晚说要去跳河")
    assert _whole(session.ask("谢谢 我也好累 再见"), "zh")
    assert session.to_dict().get("crisis_helper", False) is False
    assert "他（她）" not in session.ask("好的 谢谢 再见").text  # the writer's short form now, not the helper's


@pytest.mark.parametrize("then", ["我能还一半", "下周发工资", "失业了", "停息挂账", "坐牢", "lawyer letter", "installment plan",
                                  "salary next week", "lawsuit", "下个月15号开庭"])
def test_a_short_loan_follow_up_after_a_crisis_gets_its_loan_answer(engine: Engine, then: str) -> None:
    reply = _turns(engine, "我不想活了" if not then.isascii() else "i want to die", then)[-1]
    assert reply.topics[0] != "crisis" and "12356" in reply.text  # answered, with the check-in line


@pytest.mark.parametrize("then", ["可能吧", "也许吧", "随便吧", "不知道", "无所谓", "算了吧?", "maybe", "whatever", "idk", "dunno",
                                  "i don't know", "not sure", "以前想过死"])
def test_a_vague_take_up_after_a_crisis_keeps_the_crisis_reply(engine: Engine, then: str) -> None:
    reply = _turns(engine, "我不想活了" if not then.isascii() else "i want to die", then)[-1]
    assert reply.topics[0] == "crisis"


@pytest.mark.parametrize("then", ["ok i feel better. i've written everything down for my wife. bye",
                                  "feel better now. gonna go for a long walk by the river tonight. thanks"])
def test_a_longer_better_turn_with_more_keeps_the_whole_reply(engine: Engine, then: str) -> None:
    assert _whole(_turns(engine, "i really want to end it, the debt is too much", then)[-1], "en")


def test_a_longer_better_turn_with_a_loan_question_is_answered(engine: Engine) -> None:
    reply = _turns(engine, "i really want to end it, the debt is too much",
                   "i feel a bit better now after talking, so can you tell me how the installment plan for jiebei works?")[-1]
    assert reply.topics[0] != "crisis"


@pytest.mark.parametrize("first, then", [("my brother says he'll kill himself because of the loan", "thanks. maybe i'm the one who should disappear. bye"),
                                         ("我妈被催收逼得说不想活了 要喝农药", "谢谢 都是我害的 再见")])
def test_a_helper_who_would_be_the_one_to_go_gets_the_writers_reply(engine: Engine, first: str, then: str) -> None:
    reply = _turns(engine, first, then)[-1]
    assert reply.topics == ("crisis",) and "他（她）" not in reply.text and "worried for their safety" not in reply.text


@pytest.mark.parametrize("then, vague", [("可能吧 唉", True), ("谢谢大家 我好多了", False)])
def test_particles_and_everyone_on_the_allow_lists(engine: Engine, then: str, vague: bool) -> None:
    reply = _turns(engine, "好累 不想活了 催收天天打", then)[-1]
    assert reply.topics == ("crisis",)
    assert (simplified(GLAD["zh"]) in simplified(reply.text)) is not vague
