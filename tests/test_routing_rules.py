import pytest

from bot import Engine
from bot.routing_rules import BARE_DOUBT, DOUBTS, PULLING_AWAY
from bot.text import normalize


@pytest.mark.parametrize("text", ["别管我了", "leave me alone", "你帮不了我的", "让我静一静", "you can't help me", "哈哈骗你的"])
def test_pulling_away_said_alone_matches_whole(text: str) -> None:
    assert PULLING_AWAY.fullmatch(normalize(text))


@pytest.mark.parametrize("text", ["别管我了，反正我也活不了几天了", "leave me alone, tonight it ends", "你帮不了我 借呗能延期吗"])
def test_pulling_away_with_anything_more_does_not(text: str) -> None:
    assert not PULLING_AWAY.fullmatch(normalize(text))


@pytest.mark.parametrize("text, bare", [("是真的假的", True), ("is it true?", True), ("真的会上门吗", False), ("我该怎么办", False)])
def test_a_bare_doubt_names_nothing_of_its_own(text: str, bare: bool) -> None:
    assert bool(BARE_DOUBT.fullmatch(normalize(text))) == bare


@pytest.mark.parametrize("text, doubts", [("真的吗", True), ("can they do that", True), ("我该怎么办", False), ("what should i do", False)])
def test_doubt_is_asking_whether_a_threat_is_real(text: str, doubts: bool) -> None:
    assert bool(DOUBTS.search(normalize(text))) == doubts


# Round 8: homophone typos of the loan words, each beside the real word it must not spoil.
@pytest.mark.parametrize("typed, meant", [
    ("借呗会起速我吗", "起诉"), ("逾期会上真信吗", "征信"), ("会不会有人上们", "上门"), ("催手天天打电话", "催收"),
    ("罚习怎么算", "罚息"), ("能不能协伤", "协商"), ("借呗逾起了", "逾期"), ("会不会上黑明单", "黑名单"),
    ("会爆通迅录吗", "通讯录"), ("会联系紧及联系人吗", "紧急联系人"), ("欠钱会坐劳吗", "坐牢"),
])
def test_homophone_typos_read_as_the_loan_word(typed: str, meant: str) -> None:
    assert meant in normalize(typed)


@pytest.mark.parametrize("text", ["这车起速很快", "提起速度来", "我真信了他们的话", "结果符合预期吗", "收益低于预期"])
def test_the_real_words_the_typos_resemble_stay(text: str) -> None:
    assert "诉" not in normalize(text) and "征信" not in normalize(text) and "逾期" not in normalize(text)


def test_one_list_says_a_loan_is_late() -> None:
    # slots (days overdue) and routing (calls to a late borrower) once kept twin lists that drifted.
    from bot import routing_rules, slots
    from bot.cues import LATE_OR_COLLECTED, OVERDUE

    assert not hasattr(slots, "_OVERDUE_CUES") and not hasattr(routing_rules, "_LATE")
    for text in ("借呗拖了三天", "花呗过期了", "i am past due", "payment missed", "借呗没还"):
        assert OVERDUE.search(normalize(text)) and LATE_OR_COLLECTED.search(normalize(text)), text
    assert LATE_OR_COLLECTED.search("催收会打电话给我吗") and not OVERDUE.search("催收会打电话给我吗")
    assert not OVERDUE.search("i will pay later") and not OVERDUE.search("the latest news")


def test_a_meeting_is_not_will() -> None:
    from bot.routing_rules import CALLS_ME

    assert CALLS_ME.search(normalize("逾期了会不会打电话给我"))
    assert not CALLS_ME.search(normalize("我在开会的时候别打电话给我"))


# Round 9 (cls10): the brief's faults, each with its other side (pure rules: no engine).
@pytest.mark.parametrize("text, topic", [
    ("12345是什么", "out_of_scope"), ("what's 114 for", "out_of_scope"),  # not one of ours: declined
    ("what's 110 for", "abusive_collection"), ("110是什么电话", "abusive_collection"), ("120是干嘛的", "capabilities"),
    ("95188是骗子吗", "capabilities"), ("is 95188 a scam?", "capabilities"), ("你说的12356是什么", "worry"),
    ("我欠了12356元会被起诉吗", None), ("逾期30天是什么后果", None), ("打12378有用吗", None),
])
def test_a_number_asked_about_alone(text: str, topic: str | None) -> None:
    from bot.routing_rules import number_asked
    from bot.text import fold

    assert number_asked(fold(text)) == topic


@pytest.mark.parametrize("text, topics", [
    ("借呗逾期了可以不还吗", ["going_dark"]), ("花呗能不能不还了", ["going_dark"]),
    ("这个月可以先不还吗", ["negotiate"]), ("可以不还利息吗", ["negotiate"]), ("分三期第一期可以不还吗", ["negotiate"]), ("能不能协商分期", ["negotiate"]),
])
def test_may_i_just_not_pay_is_about_not_paying(text: str, topics: list[str]) -> None:
    from bot.routing_rules import not_paying_first

    assert not_paying_first(["negotiate"], normalize(text)) == topics


@pytest.mark.parametrize("text, before, after", [
    ("医院会不会打电话给我", ["contact_family"], ["out_of_scope"]),
    ("will someone call me about my lost package?", ["contact_family"], ["out_of_scope"]),
    ("the doctor will call me tomorrow or not", ["contact_family"], ["out_of_scope"]),
    ("会不会打电话给我", ["contact_family"], ["collection_process"]),
    ("会不会打电话给我爸妈", ["contact_family"], ["contact_family"]),
    ("借呗逾期了医院的同事会不会打电话给我", ["contact_family"], ["contact_family"]),
])
def test_calls_from_someone_else_are_not_the_lenders(text: str, before: list[str], after: list[str]) -> None:
    from bot.routing_rules import calls_to_me

    assert calls_to_me(before, normalize(text)) == after


@pytest.mark.parametrize("text, before, after", [
    ("朋友借我钱不还怎么起诉他", ["lawsuit"], ["out_of_scope"]),
    ("my friend owes me 2000, can I sue him?", ["lawsuit"], ["out_of_scope"]),
    ("我欠朋友钱不还会被起诉吗", ["lawsuit"], ["lawsuit"]),  # the borrower's own debt
    ("朋友借我钱还借呗 逾期了会怎样", ["collection_process"], ["collection_process"]),  # a lender named
])
def test_money_owed_to_the_borrower_is_not_a_loan_of_theirs(text: str, before: list[str], after: list[str]) -> None:
    from bot.routing_rules import owed_to_me

    assert owed_to_me(before, normalize(text)) == after


@pytest.mark.parametrize("text, topics", [
    ("how to apply for jiebei", ["out_of_scope"]), ("借呗怎么开通", ["out_of_scope"]),
    ("can I borrow more on jiebei", ["out_of_scope"]),
    ("what is jiebei", ["about_jiebei"]), ("逾期后怎么申请借呗", ["about_jiebei"]),  # a late cue: not account business
    ("can I apply for jiebei without a sesame score?", ["about_jiebei"]),  # who qualifies: how Jiebei decides
    ("借呗 开通", ["out_of_scope"]), ("大学生怎么办信用卡", ["out_of_scope"]),  # round 10
    ("逾期了还能办信用卡吗", ["about_jiebei"]),  # late: what being late does to new credit
])
def test_opening_or_closing_the_product_is_account_business(text: str, topics: list[str]) -> None:
    from bot.routing_account import account_business

    assert account_business(["about_jiebei"], normalize(text)) == topics


# A collector quoted, or the borrower's own loan named beside a personal debt, is no personal debt
# (review13: these were declined by owed_to_me); money lent to others is.
@pytest.mark.parametrize("message, declined", [
    ("催收说不还我钱就上门 是真的吗", False), ("the collector said pay me back or we'll sue you, will they", False),
    ("朋友欠我钱 我的信用卡还不上了 会被起诉吗", False), ("my friend owes me money so I can't pay my loan, will they sue me", False),
    ("同事欠了我5000块钱不还 怎么办", True), ("我借给朋友两万 他不还 我能起诉吗", True),
    ("my brother borrowed 3000 from me, can I sue him", True),
])
def test_money_owed_to_the_writer_is_declined_but_a_collectors_words_are_not(engine: Engine, message: str, declined: bool) -> None:
    assert (engine.ask(message).topics == ("out_of_scope",)) is declined


def test_asking_about_95188_warns_that_a_caller_can_fake_it(engine: Engine) -> None:
    assert "可以伪造" in engine.ask("95188是骗子吗").text
    assert "can be faked" in engine.ask("is 95188 a scam?").text


@pytest.mark.parametrize("turns", [("我不想活了", "110是干嘛的"), ("I dont want to live anymore", "what is 110 for")])
def test_a_number_asked_about_after_a_crisis_reply_keeps_the_crisis_reply(engine: Engine, turns: tuple[str, str]) -> None:
    session = engine.session()
    assert [session.ask(turn).topics[0] for turn in turns] == ["crisis", "crisis"]


@pytest.mark.parametrize("message", ["will the hospital call me", "will my landlord call me", "医院会不会打电话给我"])
def test_someone_elses_call_asked_in_either_order_is_declined(engine: Engine, message: str) -> None:
    assert engine.ask(message).topics == ("out_of_scope",)
    assert engine.ask("will jiebei call me").topics != ("out_of_scope",)


@pytest.mark.parametrize("text, after", [
    ("i finished paying, why jiebei still closed", ["after_repayment"]), ("还完了为什么借呗还是关着", ["after_repayment"]),
    ("我从来没逾期过 借呗怎么关了", ["out_of_scope"]),  # never late: account business
    ("还完了为什么还显示未还", ["out_of_scope"]),  # a billing fault, not access
])
def test_paid_and_still_shut_is_about_access_after_repaying(text: str, after: list[str]) -> None:
    from bot.routing_rules import shut_after_paying

    assert shut_after_paying(["out_of_scope"], normalize(text)) == after


@pytest.mark.parametrize("message, declined", [
    ("狗急跳墙是什么意思", True), ("“破釜沉舟”这个成语是什么意思", True), ("what does the idiom 'burn bridges' mean", True),
    ("外访是什么意思", False), ("停息挂账什么意思", False), ("罚息是什么意思", False),  # loan words are explained
    ("my friend borrowed money from me and won't return it", True),  # owed to me, past a refused crisis guess
])
def test_a_sayings_meaning_is_declined_but_a_loan_words_is_not(engine: Engine, message: str, declined: bool) -> None:
    assert (engine.ask(message).topics == ("out_of_scope",)) is declined


@pytest.mark.parametrize("text, after", [
    ("我哥借我两万一直不还 我该怎么要", ["out_of_scope"]), ("我姐借了我5000块 一直不还 能起诉她吗", ["out_of_scope"]),
    ("我哥借我两万块还借呗 逾期了会怎样", ["collection_process"]),  # the borrower's own loan named
])
def test_a_relative_who_borrowed_from_me_is_a_personal_debt(text: str, after: list[str]) -> None:
    from bot.routing_rules import owed_to_me

    assert owed_to_me([after[0] if after != ["out_of_scope"] else "going_dark"], normalize(text)) == after
