"""Routing: every question of a message gets its topic, in the order asked, safety topics first;
context clauses, greetings and out-of-scope asides do not add or take away topics; billing
mechanics are declined; a long message keeps its end. Cases in tests/data/routing.tsv are written
for this project (none comes from the evaluation data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import Engine
from bot.inputs import MAX_QUESTION_CHARS, prepare, was_cut
from bot.routing import MAX_TOPICS

_LINES = (Path(__file__).parent / "data" / "routing.tsv").read_text(encoding="utf-8").splitlines()
ROWS = [line.split("\t") for line in _LINES if line.strip() and not line.startswith("#")]
PASS_SHARE = 0.95  # the classifier is retrained as examples change; a few rows may move, not many


def _matches(expected: str, topics: tuple[str, ...]) -> bool:
    wanted = [choice.split("|") for choice in expected.split(",")]
    return len(topics) == len(wanted) and all(topic in choice for topic, choice in zip(topics, wanted))


def test_the_set_covers_each_hazard() -> None:
    assert len(ROWS) >= 100
    assert sum("," in expected for expected, _ in ROWS) >= 30  # several questions in one message
    assert sum(expected == "out_of_scope" for expected, _ in ROWS) >= 15  # billing mechanics
    assert sum(all(ord(ch) < 128 for ch in text) for _, text in ROWS) >= 20  # English


@pytest.mark.corpus  # the whole routing set against a 95% floor: an accuracy check, not one behaviour
def test_routing_set(engine: Engine) -> None:
    misses = [(expected, engine.ask(text).topics, text) for expected, text in ROWS
              if not _matches(expected, engine.ask(text).topics)]
    assert len(misses) <= (1 - PASS_SHARE) * len(ROWS), "\n".join(
        f"  want {expected}, got {','.join(topics)}: {text}" for expected, topics, text in misses)


def test_a_numbered_paste_gets_every_question_in_order(engine: Engine) -> None:
    reply = engine.ask("1.借呗欠了三个月没还，他们会不会派人上门？2.会不会打电话告诉我家人？3.会不会上征信？4.罚息怎么算？")
    assert reply.topics == ("home_visit", "contact_family", "credit_report", "penalty_costs")
    assert reply.rule == "split" and not reply.needs_clarification


def test_topics_are_capped_and_safety_comes_on_top(engine: Engine) -> None:
    message = ("我真的不想活了。1.会上门吗？2.会打给我家里人吗？3.会被起诉吗？4.征信会花吗？"
               "5.罚息怎么算？6.能申请延期吗？7.还清后还能用吗？")
    topics = engine.ask(message).topics
    assert topics[0] == "crisis"
    assert len(topics) == 1 + MAX_TOPICS and len(set(topics)) == len(topics)


def test_a_crisis_does_not_hide_the_loan_question(engine: Engine) -> None:
    assert engine.ask("我欠了借呗五万，真的不想活了，他们会起诉我吗").topics == ("crisis", "lawsuit")


def test_context_can_decline_what_the_question_alone_would_answer(engine: Engine) -> None:
    # Alone, "利息一共多少" reads as penalties; with its context it is normal instalment interest.
    assert engine.ask("借一万分6期，利息一共多少").topic == "out_of_scope"
    assert engine.ask("借呗逾期了，利息一共多少").topic == "penalty_costs"


def test_a_vague_context_does_not_hide_a_clear_question(engine: Engine) -> None:
    assert engine.ask("其实已经逾期半年了，会起诉吗").topic == "lawsuit"


def test_an_aside_out_of_scope_does_not_decline_the_message(engine: Engine) -> None:
    assert engine.ask("借呗逾期了，顺便问下今天天气怎么样，会有人上门吗").topics == ("home_visit",)


def test_a_greeting_at_the_start_does_not_take_the_message(engine: Engine) -> None:
    assert engine.ask("你好，我想问下借呗逾期会不会上门").topic == "home_visit"
    assert engine.ask("hi there, can they sue me").topic == "lawsuit"
    assert engine.ask("你好").topic == "greeting"


def test_two_clauses_on_one_topic_give_one_topic(engine: Engine) -> None:
    assert engine.ask("借呗逾期三个月，会不会被起诉，起诉了要怎么应对").topics == ("lawsuit",)


def test_a_long_message_keeps_its_opening_and_its_end_and_says_so(engine: Engine) -> None:
    story = "我借了借呗两万块。" + "那段时间生意很难做，每天都在想办法周转。" * 200 + "请问会不会被起诉？"
    assert len(story) > MAX_QUESTION_CHARS
    prepared = prepare(story)
    assert prepared.startswith("我借了借呗两万块") and prepared.endswith("请问会不会被起诉？")
    assert was_cut(prepared) and prepare(prepared) == prepared
    reply = engine.ask(story)
    assert "lawsuit" in reply.topics
    assert "开头和结尾" in reply.text.split("\n\n")[0]
    english = engine.ask("I borrowed 20,000 on Jiebei. " + "Business was slow that year. " * 100
                         + "Will they sue me?")
    assert "beginning and its end" in english.text and "lawsuit" in english.topics


def test_a_message_at_the_limit_is_not_cut(engine: Engine) -> None:
    message = ("逾" * (MAX_QUESTION_CHARS - 6)) + "会起诉吗？"
    message = message[:MAX_QUESTION_CHARS]
    assert prepare(message) == message and not was_cut(message)
    assert "开头和结尾" not in engine.ask(message).text


def test_a_single_latin_letter_is_not_a_keyword_shared_by_topics(engine) -> None:
    # "x" once matched every English example (inside "next", "extension") and asked which
    # topic was meant; a letter names no topic.
    assert engine.route("x").choices == ()
    assert engine.route("collectors").choices  # a real bare word still gets the choices


@pytest.mark.parametrize("question", ["我真的很害怕", "心里很慌", "I'm so scared", "我真的很害怕" * 400 + "逾期"])
def test_a_stated_fear_alone_is_answered_gently_not_declined(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.topic == "worry" and "帮不上忙" not in reply.text and "12356" in reply.text


# ("借呗逾期了我好害怕": a fear told with nothing asked leads with worry, the loan answer second: cls81,
# tests/test_routing_mechanics.py)
@pytest.mark.parametrize("question, topic", [("我很担心征信", "credit_report"),
                                              ("很焦虑 罚息越来越多", "penalty_costs")])
def test_a_fear_beside_a_loan_matter_answers_the_loan_matter(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic


@pytest.mark.parametrize("question, topics", [
    ("会不会到我老家去找我爸妈", ("home_visit", "contact_family")),
    ("will they go to my hometown and find my parents", ("home_visit", "contact_family")),
    ("会起诉吗", ("lawsuit",)),  # no second concept named: one topic
])
def test_one_question_about_two_things_the_article_treats_apart_gets_both(engine: Engine, question: str,
                                                                           topics: tuple[str, ...]) -> None:
    assert engine.ask(question).topics == topics


@pytest.mark.parametrize("message, states", [
    ("逾期了会怎么处理，今天是还款日卡里钱不够", False),  # the question's own 逾期 is no context
    ("借呗提前还款违约金怎么算，我已经逾期了", False),  # a statement after the question is not before it
    ("今天是还款日，卡里钱不够，明天就算逾期了，之后会怎么处理", True),
])
def test_the_context_before_a_question_is_what_precedes_it(engine: Engine, message: str, states: bool) -> None:
    from bot.questions import split_questions
    question = split_questions(prepare(message))[0]
    assert engine._router._states_overdue(question) is states


@pytest.mark.parametrize("message, matter", [
    ("催收说下周派人去我户籍地走访 是真的假的", "home_visit"),
    ("催收骂我 说要派人去我老家 他们真的会去吗", "home_visit"),
])
def test_a_threat_asked_about_gets_the_article_on_it_beside_the_abuse_reply(engine: Engine, message: str, matter: str) -> None:
    assert engine.ask(message).topics == ("abusive_collection", matter)


@pytest.mark.parametrize("message", ["今天来了两个男的到我家 不说是哪个公司的 也不出示证件 就坐在门口不走",
                                     "they put up flyers with my photo at the bus stop near my home"])
def test_what_collectors_already_did_gets_no_visits_are_rare_answer(engine: Engine, message: str) -> None:
    assert engine.ask(message).topics == ("abusive_collection",)


def test_fear_of_the_product_alone_gets_the_feelings_reply_not_what_jiebei_is(engine: Engine) -> None:
    # about_jiebei (what the product is) was answered as "the loan matter" beside the feeling
    assert engine.ask("im so scared about my jiebei debt").topics == ("worry",)


# Issue 13's routing faults, each as found on unseen questions (round 6 checks them all here).
@pytest.mark.parametrize("question, topic", [
    ("借一万分6期，利息一共多少", "out_of_scope"),  # a comma clause must not override the decline
    ("hello, I'd like to ask: I borrowed 10000 over 6 instalments, how much interest in total?", "out_of_scope"),
    ("你好，我想问下借呗逾期了会不会打电话给我家里人", "contact_family"),  # a greeting first
    ("逾期了还会自动扣款吗", "out_of_scope"),  # automatic deduction while overdue: billing mechanics
    ("now that i'm overdue, will the auto debit still run", "out_of_scope"),
    ("lawsuit", "lawsuit"),
    ("how do i negotiate when money is tight", "negotiate"),
    ("which number do i call to negotiate", "negotiate"),
    ("钱不够还，怎么跟他们协商", "negotiate"),
])
def test_issue_13_routing_faults_stay_fixed(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic


@pytest.mark.parametrize("first, follow_up, topic", [
    ("will they call my family?", "and court?", "lawsuit"),
    ("will they visit my hometown?", "what if I just ignore them?", "going_dark"),
    # The classifier's crisis score led here once and the session followed it: safety topics are
    # the safety reader's call alone.
    ("will they call my family", "and if i don't pay at all?", "going_dark"),
])
def test_english_follow_ups_in_a_session(engine: Engine, first: str, follow_up: str, topic: str) -> None:
    from bot import Session

    session = Session(engine)
    session.ask(first)
    assert session.ask(follow_up).topic == topic


def test_a_threat_asked_about_is_answered_even_beside_a_story(engine: Engine) -> None:
    reply = engine.ask("我欠了借呗两万三，已经逾期3个月，催收说下周派人上门到我家，真的吗")
    assert reply.topics[:2] == ("abusive_collection", "home_visit"), reply.topics


@pytest.mark.parametrize("message, matter", [("说会上门是不是吓唬我的", "home_visit"),
                                             ("平台说要走法律程序是吓唬人吗", "lawsuit")])
def test_a_threat_doubted_in_one_clause_is_answered(engine: Engine, message: str, matter: str) -> None:
    # A new-user probe: 吓唬 alone got the abuse reply, not what the article says of the threat.
    assert engine.ask(message).topics[:2] == ("abusive_collection", matter)
    # a threat with harm in it: no "visits are rare" (a bare visit threat gets the visit section: review35 #7)
    assert engine.ask("催收说要上门泼油漆").topics == ("abusive_collection",)


@pytest.mark.parametrize("message", ["催收说我要坐牢 是真的吗", "collector said I will go to jail, is it true?",
                                     "got a message saying police will come arrest me tomorrow for jiebei debt, is this real?"])
def test_a_doubted_threat_of_jail_hears_what_the_article_says_of_the_law(engine: Engine, message: str) -> None:
    # probe10: the abuse reply alone never said the article speaks of a lawsuit, not of arrest.
    assert engine.ask(message).topics == ("abusive_collection", "uncovered_consequences")
    assert engine.ask("催收说我要坐牢").topics == ("abusive_collection",)  # told, not doubted


@pytest.mark.parametrize("message", ["催收骂我全家死光 是真的假的", "催收说要告诉我所有同事 真的假的"])
def test_a_bare_doubt_names_no_matter_of_its_own(engine: Engine, message: str) -> None:
    assert engine.ask(message).topics == ("abusive_collection",)


@pytest.mark.parametrize("message", ["他们用不同的号码一直打 我拉黑一个又来一个", "I blocked them but they keep calling from new numbers",
                                     "催收说我不还钱就让我吃不了兜着走", "借呗的催收员说我不还钱就让我在这个城市混不下去"])
def test_calls_from_new_numbers_after_blocking_and_veiled_threats_are_abuse_not_a_lecture(engine: Engine, message: str) -> None:
    assert engine.ask(message).topics[0] == "abusive_collection"


def test_feeling_one_cannot_get_by_is_not_a_threat(engine: Engine) -> None:
    assert "abusive_collection" not in engine.ask("逾期了我感觉在这个城市混不下去了").topics


def test_what_to_do_about_a_visit_that_happened_gets_no_visits_are_rare(engine: Engine) -> None:
    assert engine.ask("他们上门骂我全家，我该怎么办").topics == ("abusive_collection",)


@pytest.mark.parametrize("message", ["一个不认识的人来我单位找我，说是帮借呗收账的，不肯出示证件",
                                     "a text says Alipay will freeze my bank account and ID in 2 hours unless I pay to this account"])
def test_unnamed_visitors_and_pay_this_account_threats_are_abuse(engine: Engine, message: str) -> None:
    assert engine.ask(message).topics[0] == "abusive_collection"


def test_a_courier_without_id_is_no_collector(engine: Engine) -> None:
    assert "abusive_collection" not in engine.ask("快递员不肯出示证件").topics


# --- Round 7 (cls8): faults found on unseen wording. ---

@pytest.mark.parametrize("question", ["能不能减免罚息", "罚息可以免掉吗", "Can I apply to have the late charges waived?",
                                      "is it possible to get a discount on the penalty if i pay now"])
def test_a_waiver_question_leads_with_negotiating_not_with_the_rate(engine: Engine, question: str) -> None:
    # The negotiate answer says whether charges can be reduced is the lender's call; the penalty
    # answer ("no rate in the article") may follow, never lead.
    assert engine.ask(question).topics[0] == "negotiate"


@pytest.mark.parametrize("question", ["逾期罚息怎么算", "how are late fees on an overdue loan worked out"])
def test_a_penalty_question_without_a_waiver_keeps_the_penalty_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).topic == "penalty_costs"


@pytest.mark.parametrize(("question", "topic"), [
    ("jiebei yuqi hui shangmen ma", "home_visit"),
    ("yuqi le hui bei qisu ma", "lawsuit"),
    ("hui bu hui da dianhua gei wo jiaren", "contact_family"),
    ("huan bu shang zenme ban", "negotiate"),
])
def test_a_message_typed_in_pinyin_is_read(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic


@pytest.mark.parametrize(("question", "topic"), [
    ("笑死 我借呗逾期三天 征信完了吗", "credit_report"),
    ("压力山大 逾期两个月了 接下来会怎样", "collection_process"),
    ("烦死了，逾期了能分期吗", "negotiate"),
    ("these late fees are killing me lol, how are they worked out", "penalty_costs"),
    ("this loan is killing me, what happens if i stop paying", "going_dark"),
])
def test_an_idiom_of_exasperation_does_not_derail_the_question(engine: Engine, question: str, topic: str) -> None:
    reply = engine.ask(question)
    assert reply.topic == topic and "crisis" not in reply.topics



def test_a_pinyin_message_is_answered_in_chinese(engine: Engine) -> None:
    # Pinyin is Chinese typed without an input method; "can jiebei sue me" stays English.
    assert engine.ask("jiebei yuqi hui shangmen ma").lang == "zh"
    assert engine.ask("can jiebei sue me").lang == "en"


@pytest.mark.parametrize("message", ["好的明白了 谢谢你", "嗯嗯 知道了 谢谢", "ok got it thanks", "好的明白了"])
def test_an_acknowledgement_is_thanks_not_a_decline(engine: Engine, message: str) -> None:
    # A new-user probe: with the thanks stripped as courtesy, "好的明白了" was declined with 12356.
    reply = engine.ask(message)
    assert reply.topics == ("thanks",) and "12356" not in reply.text


def test_thanks_after_a_question_still_leave_the_question(engine: Engine) -> None:
    assert engine.ask("好的 那会起诉吗 谢谢").topics[0] == "lawsuit"


@pytest.mark.parametrize("message, topics", [
    # a review: the waiver rule cut the list to its length, so the last question fell off
    ("罚息能不能减免，还有会不会起诉我，会不会打电话给我妈", ("penalty_costs", "lawsuit", "contact_family")),
    ("can the late fees be waived, and will they call my parents?", ("penalty_costs", "contact_family")),
    ("How much is the late fee, and will it reduce my credit score?", ("penalty_costs", "credit_report")),
    ("少还了一期，罚息怎么算", ("penalty_costs",)),
])
def test_a_waiver_asked_beside_other_questions_drops_none_of_them(engine: Engine, message: str,
                                                                  topics: tuple[str, ...]) -> None:
    assert engine.ask(message).topics == topics


@pytest.mark.parametrize("message", ["借呗逾期七天", "花呗逾期5天了", "我借呗已经逾期一个月了", "借唄逾期六天"])
def test_a_bare_statement_of_being_overdue_gets_what_happens_now(engine: Engine, message: str) -> None:
    # A second probe: "借呗逾期七天" opened a conversation with the after-repayment answer.
    assert engine.ask(message).topics == ("collection_process",)


def test_a_question_after_the_statement_is_still_read(engine: Engine) -> None:
    assert engine.ask("花呗逾期五天 还能买东西不").topics == ("after_repayment",)


@pytest.mark.parametrize("message, topics", [
    ("逾期了会不会打电话给我", ("collection_process",)), ("will they call me if I am late?", ("collection_process",)),
    ("借呗逾期了 会不会打电话给我爸妈", ("contact_family",)),  # family named: the family answer
    ("提交申请多长时间会打电话给我", ("out_of_scope",)),  # an application's call, not collection
])
def test_calls_to_the_borrower_when_late_are_collection_not_family(engine: Engine, message: str,
                                                                   topics: tuple[str, ...]) -> None:
    assert engine.ask(message).topics == topics


# Round 8 (cls9): faults found on wording nobody here wrote, each with its other side.
@pytest.mark.parametrize("question, topic", [
    ("Will Jiebei call me?", "collection_process"), ("会不会打电话给我", "collection_process"),
    ("will alipay contact me", "collection_process"),
    # the other side: an application's call, or someone else named
    ("申请借呗以后会打电话给我吗", "out_of_scope"), ("会不会打电话给我爸妈", "contact_family"),
    ("will they contact me or my family", "contact_family"),
])
def test_will_they_call_me_without_a_late_cue(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic


@pytest.mark.parametrize("question, topic", [
    ("你说的12356是什么", "worry"), ("what is 12356?", "worry"), ("12378是什么电话", "abusive_collection"),
    ("你说的95188是什么", "capabilities"),
    ("我欠了12356元会被起诉吗", "lawsuit"),  # a number in a question of its own is not asked about
    ("what's 110 for", "abusive_collection"), ("95188是骗子吗", "capabilities"), ("12345是什么", "out_of_scope"),
])
def test_a_question_about_a_number_the_bot_gave(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic


def test_a_number_the_replies_never_give_is_not_explained() -> None:
    from bot.knowledge_types import FRAME_PARTS  # noqa: F401  (the frame part is "number")
    from bot.knowledge import load
    from bot.templates import render

    frame = load().frame
    said = {lang: render(frame.number[lang], {"number": "12345", "lang": lang}) for lang in ("zh", "en")}
    assert "12345 不是我在回答里给出的号码" in said["zh"] and "not a number these answers give" in said["en"]
    assert not any("不是出自文章" in text or "not from the article" in text for text in said.values())


def test_asking_about_12356_after_a_crisis_reply_stays_with_it(engine: Engine) -> None:
    from bot import Session

    session = Session(engine)
    session.ask("我不想活了")
    assert session.ask("你说的12356是什么").topic == "crisis"


@pytest.mark.parametrize("first, follow_up, topic", [
    ("借呗会起诉我吗", "要赔多少钱", "lawsuit"), ("can they sue me", "how much would I have to pay", "lawsuit"),
    ("借呗会起诉我吗", "罚息怎么算", "penalty_costs"),  # a question of its own is not continued
])
def test_how_much_after_an_answer_asks_about_its_matter(engine: Engine, first: str, follow_up: str, topic: str) -> None:
    from bot import Session

    session = Session(engine)
    session.ask(first)
    assert session.ask(follow_up).topic == topic


def test_how_much_alone_is_not_a_follow_up(engine: Engine) -> None:
    assert engine.ask("要赔多少钱").topic == "out_of_scope"


@pytest.mark.parametrize("message, topic", [("没按时还款会打电话给我吗", "collection_process"),
                                            ("will they call me if I don't pay?", "collection_process"),
                                            ("does anyone call me if my flight is cancelled?", "out_of_scope"),
                                            ("借呗逾期多久起苏", "lawsuit"), ("逾期了真的上闷吗", "home_visit"), ("借呗怎么分其", "negotiate"),
                                            ("我和老乡一起苏州打工 借呗逾期了怎么办", "collection_process")])
def test_call_questions_and_typos_after_review10(engine: Engine, message: str, topic: str) -> None:
    assert engine.ask(message).topics[0] == topic


@pytest.mark.parametrize("text", ["晚上闷着头哭 不知道怎么办", "每天晚上闷在被窝里哭", "一起苏醒", "蔓延其间", "充分其作用"])
def test_real_words_that_hold_a_typo_of_a_loan_word_stay_as_they_are(text: str) -> None:
    from bot.text import normalize

    folded = normalize(text)  # review11: 晚上闷 had become 晚上门, 一起苏醒 一起诉醒, 蔓延其间 蔓延期间
    assert not any(word in folded for word in ("上门", "起诉", "延期", "分期"))


# Round 10: the lead's fault classes on unseen questions, each beside its other side.
@pytest.mark.parametrize("message, topics", [
    ("1 借呗逾期会上征信吗 2 会不会被起诉 3 会不会打电话给我爸妈", ("credit_report", "lawsuit", "contact_family")),
    ("１、借唄逾期會上門嗎２、會不會打給家人３、罰息怎麼算", ("home_visit", "contact_family", "penalty_costs")),
    ("借呗逾期罚息高不高还有会不会上征信", ("penalty_costs", "credit_report")),
    ("I have two questions: will it hurt my credit, and how do I ask for more time", ("credit_report", "negotiate")),
    ("我家里人都不知道我欠钱 催收会不会打给我舅舅他们", ("contact_family",)),
    ("逾期了 会不会打电话给我", ("collection_process",)),  # no one else named
    ("欠了 2 万 逾期 3 个月 会起诉吗", ("lawsuit",)),  # amounts are no list
])
def test_numbered_joined_and_family_questions_each_get_their_topic(engine: Engine, message: str, topics: tuple[str, ...]) -> None:
    assert engine.ask(message).topics == topics
