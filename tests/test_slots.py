import pytest

from bot.slots import PRODUCT_NAMES, describe_amount, describe_days, extract_slots


@pytest.mark.parametrize("message, days", [
    ("逾期3天了", 3), ("晚了一周还没还", 7), ("逾期两个月了", 60), ("半年没还了", 180),
    ("逾期一年多了", 365), ("逾期十五天", 15), ("45 days overdue", 45), ("two months late", 60),
])
def test_days_overdue(message: str, days: int) -> None:
    assert extract_slots(message)["days"].value == days


@pytest.mark.parametrize("message, amount", [
    ("欠了5000元", 5000), ("欠5千", 5000), ("欠两万块", 20000), ("欠1.5万", 15000), ("欠3w", 30000),
    ("owe 5k", 5000), ("I owe 15,000 yuan", 15000), ("欠了一万五", 15000),
])
def test_amount(message: str, amount: int) -> None:
    assert extract_slots(message)["amount"].value == amount


def test_masked_numbers_are_given_without_a_value() -> None:
    slots = extract_slots("花呗逾期***天了")
    assert slots["days"].value is None and slots["days"].text == "***天"


@pytest.mark.parametrize("message, product", [
    ("借呗逾期", "jiebei"), ("花被逾期", "huabei"), ("微粒贷逾期", "weilidai"),
    ("信用卡逾期", "credit_card"), ("网贷逾期", "online_loan"), ("what about Huabei", "huabei"),
])
def test_product(message: str, product: str) -> None:
    assert extract_slots(message)["product"].value == product


def test_nothing_is_invented() -> None:
    assert extract_slots("会上门吗") == {}
    # A loan term is not days overdue: no overdue cue, no days slot.
    assert "days" not in extract_slots("借2万一个月利息多少")


# --- days come only from being late ---------------------------------------------------------

@pytest.mark.parametrize("message", [
    "借呗分12个月还，现在逾期了", "I borrowed 10k 2 years ago and I'm now late", "两年前借的借呗，这个月逾期了",
    "一年期的借呗逾期了", "每月15日还款，这次逾期了", "三月份逾期的 会怎样", "I took a 12-month loan and now I'm behind",
])
def test_a_loan_term_or_a_past_date_is_not_days_overdue(message: str) -> None:
    assert "days" not in extract_slots(message)


@pytest.mark.parametrize("message, days", [
    ("逾期快四个月了", 120), ("借呗逾期三個月了", 90), ("逾期了，已经三个月了", 90), ("借了一年，逾期两个月", 60),
    ("I owe 5k and I'm 45 days late", 45), ("I took a 12-month loan and I'm 2 months late", 60),
    ("逾期十几天了", 15), ("晚还了一天", 1), ("逾期一个半月", 45),
])
def test_days_from_the_overdue_clause(message: str, days: int) -> None:
    assert extract_slots(message)["days"].value == days


@pytest.mark.parametrize("message", [
    "逾期了 一天多少利息", "借呗逾期一天罚多少", "逾期的话一个月要多少钱", "overdue, how much interest a day?",
])
def test_a_price_per_day_is_not_days_overdue(message: str) -> None:
    # "一天多少" asks what a day costs: echoing "you are a day overdue" would claim what was never said
    assert "days" not in extract_slots(message)


@pytest.mark.parametrize("message, days", [("逾期一天多了，会怎样", 1), ("overdue a day, what happens", 1),
                                           ("逾期两个月了 一个月多少利息", 60), ("逾期3天多少罚息", 3),
                                           ("the fees are piling up I've been overdue a month what now", 30)])
def test_a_duration_beside_a_price_question_still_counts(message: str, days: int) -> None:
    assert extract_slots(message)["days"].value == days


def test_the_many_of_how_many_is_not_more_than() -> None:
    assert extract_slots("两天多少钱 逾期了")["days"].text == "两天"  # 两天|多少, not 两天多 (over two days)


@pytest.mark.parametrize("message, zh, en", [
    ("逾期45天", "45天", "45 days"), ("逾期快四个月了", "快四个月", "about 4 months"),
    ("I'm 45 days late", "45天", "45 days"), ("about 2 months overdue", "约2个月", "about 2 months"),
    ("逾期半年了", "半年", "6 months"),
])
def test_days_are_echoed_approximately_only_when_the_borrower_was(message: str, zh: str, en: str) -> None:
    slot = extract_slots(message)["days"]
    assert describe_days(slot, "zh") == zh and describe_days(slot, "en") == en


def test_an_exact_number_of_days_is_echoed_exactly(engine) -> None:  # type: ignore[no-untyped-def]
    text = engine.ask("借呗逾期45天了会被起诉吗").text
    assert "45天" in text and "约45天" not in text


@pytest.mark.parametrize("message, amount, zh", [
    ("欠8000", 8000, "8000元"), ("8000多", 8000, "8000多元"), ("借呗欠了八千多块", 8000, "8000多元"),
    ("欠款2万多", 20000, "20000多元"), ("欠了十万", 100000, "100000元"), ("大概5千块", 5000, "约5000元"),
    ("I owe 8000 and I'm late", 8000, "8000元"),
])
def test_amounts_as_borrowers_write_them(message: str, amount: int, zh: str) -> None:
    slot = extract_slots(message)["amount"]
    assert slot.value == amount and describe_amount(slot, "zh") == zh


@pytest.mark.parametrize("message", [
    "逾期记录会保留5年吗", "失业半年了，借呗逾期了怎么办", "失业了半年 借呗逾期", "借呗逾期了 过几天就能还上",
    "借呗还有三天到期 还不上怎么办", "I've been unemployed for 6 months and now I'm late on jiebei",
    "I'll be able to pay in 3 days, I'm overdue",
])
def test_another_event_or_a_time_to_come_is_not_days_overdue(message: str) -> None:
    assert "days" not in extract_slots(message)


def test_a_time_that_passed_while_overdue_still_counts() -> None:
    assert extract_slots("逾期过了三天")["days"].value == 3
    assert extract_slots("借呗逾期过八天，现在被关了")["days"].value == 8  # 逾期过: was overdue


@pytest.mark.parametrize("message, amount", [
    ("找了个代理协商 说收费两千 靠谱吗 借呗逾期了", None), ("每月还两千 已经逾期了", None),
    ("借呗额度5万 用了3万 逾期了", 30000), ("罚息两千多了 我欠了一万", 10000),
    # money in hand is not the debt (review41); what is left to repay is
    ("借呗逾期了，我好怕，手里只有两千，怎么办", None), ("卡里还剩五百块", None), ("欠了两万，手上就剩两千", 20000),
    ("还剩两千没还", 2000), ("欠款只有两千，会起诉吗", 2000),
])
def test_a_fee_a_limit_or_an_instalment_is_not_the_sum_owed(message: str, amount: int | None) -> None:
    slot = extract_slots(message).get("amount")
    assert (slot.value if slot else None) == amount


@pytest.mark.parametrize("message", ["欠了3个月", "借了12期", "逾期2次了", "欠了两家平台"])
def test_counts_of_other_things_are_not_amounts(message: str) -> None:
    assert "amount" not in extract_slots(message)


@pytest.mark.parametrize("message, product", [
    ("京东白条逾期了", "jd_baitiao"), ("美团月付还不上", "meituan"), ("JD Baitiao is overdue", "jd_baitiao"),
    ("分期乐逾期会怎样", "fenqile"), ("银行贷款逾期", "bank_loan"), ("蚂蚁借唄逾期", "jiebei"), ("360借条逾期了", "jietiao360"),
])
def test_more_products(message: str, product: str) -> None:
    assert extract_slots(message)["product"].value == product


def test_every_product_has_a_name_in_both_languages() -> None:
    for names in PRODUCT_NAMES.values():
        assert names["zh"] and names["en"]


# --- the specific fear ----------------------------------------------------------------------

@pytest.mark.parametrize("message, concern", [
    ("逾期会不会影响孩子考公务员", "school_or_vetting"), ("欠网贷还能坐高铁吗", "travel_ban"),
    ("会不会冻结我的银行卡", "frozen_account"), ("房子会被查封吗", "property"), ("会不会打电话到我公司", "wages_employer"),
    ("还不上会坐牢吗", "jail"), ("會不會坐牢", "jail"), ("会上失信被执行人名单吗", "blacklist"),
    ("我老婆要替我还吗", "family_liability"), ("以后还能办房贷吗", "mortgage"), ("会被曝光吗", "public_shaming"),
    ("could I go to jail", "jail"), ("will they tell my boss", "wages_employer"), ("will my wife have to pay", "family_liability"),
    ("can I still fly", "travel_ban"), ("will I be blacklisted", "blacklist"),
    ("听说信用卡逾期会坐牢 借呗也会吗", "jail"), ("我怕坐牢，借呗还不上怎么办", "jail"),
    ("will they ban me from high speed trains", "travel_ban"), ("会不会被警察抓走", "jail"),
    # an English question after a first clause that is not one: the "?" makes it a question
    ("If I don't pay Jiebei will my employer find out?", "wages_employer"),
    # the family member asks whether they must pay
    ("我老公借呗逾期了，会不会让我还", "family_liability"), ("我妈借呗还不上 会不会找我还", "family_liability"),
    ("my husband is behind on jiebei, will I have to pay?", "family_liability"),
])
def test_the_fear_is_read_with_the_words_it_came_from(message: str, concern: str) -> None:
    slot = extract_slots(message)["concern"]
    assert slot.value == concern and slot.text and slot.text in normalize_keep(message)


@pytest.mark.parametrize("message", [
    "下周发工资再还行不行", "我失业了还不上借呗", "I lost my job and can't pay", "孩子生病了借呗还不上",
    "北京到上海坐高铁多久", "出国了是不是就不用还网贷了", "会联系我爸妈吗",
    "银行卡被冻结了 借呗要怎么还", "让家里人帮我还借呗 怎么操作", "if i leave the country does the loan follow me",
    # a relative named beside the borrower's own debt is no family-liability fear
    "我老婆不知道我借呗逾期了，我得还多少", "我妈生病住院，我借呗逾期了，我要还多少钱",
    "My wife doesn't know I'm late on jiebei, when do I pay?",
    "My mother is sick and I'm behind on jiebei, should I pay the hospital or jiebei first?",
])
def test_a_reason_or_a_plain_mention_is_not_a_fear(message: str) -> None:
    assert "concern" not in extract_slots(message)


def normalize_keep(message: str) -> str:
    """The message as the slots read it (simplified, lower case, punctuation kept)."""
    from bot.text import simplified

    return simplified(message)


@pytest.mark.parametrize("message, amount", [("欠三千五 逾期会影响征信吗", 3500), ("欠两百五", 250),
                                             ("三千零五块", 3005), ("欠了两千五百块", 2500)])
def test_spoken_shorthand_fills_the_next_place_down(message: str, amount: int) -> None:
    assert extract_slots(message)["amount"].value == amount


def test_absurdly_long_numbers_are_given_without_a_value() -> None:
    # 1,500 nines once raised OverflowError (days) or became inf (amount): never valid JSON.
    assert extract_slots("逾期" + "9" * 1500 + "天")["days"].value is None
    assert extract_slots("欠" + "9" * 400 + "元")["amount"].value is None


@pytest.mark.parametrize("message", ["会打我单位电话吗", "那我老板呢", "what about my boss?"])
def test_the_workplace_named_by_a_call_or_a_follow_up_is_the_fear(message: str) -> None:
    assert extract_slots(message)["concern"].value == "wages_employer"


@pytest.mark.parametrize("message", ["我单位发工资晚了 借呗会逾期吗", "公司电话是多少"])
def test_a_workplace_mentioned_in_passing_is_not_the_fear(message: str) -> None:
    assert "concern" not in extract_slots(message)


@pytest.mark.parametrize("message", ["does autopay still take money from my card now that i'm overdue",
                                     "借呗逾期了 自动扣款会扣我银行卡里的钱吗"])
def test_an_automatic_repayment_taking_money_is_billing_not_a_frozen_account(message: str) -> None:
    assert "concern" not in extract_slots(message)


def test_taking_money_from_the_account_is_still_feared() -> None:
    assert extract_slots("will they take money from my bank account")["concern"].value == "frozen_account"


@pytest.mark.parametrize("message, days", [("逾期已经过八天了", 8), ("逾期都过八天了", 8), ("逾期经过三个月了", 90),
                                           ("逾期持续了三个月", 90), ("逾期已经持续两个月了", 60)])
def test_time_that_passed_while_overdue_counts_however_it_is_said(message: str, days: int) -> None:
    assert extract_slots(message)["days"].value == days


@pytest.mark.parametrize("message, amount", [("被催收两万", 20000), ("借呗被催收三万块", 30000)])
def test_the_sum_being_collected_is_the_sum_owed(message: str, amount: int) -> None:
    assert extract_slots(message)["amount"].value == amount


def test_a_collectors_deadline_is_not_days_overdue() -> None:
    assert "days" not in extract_slots("借呗逾期 催收说三天内不还就上门 还说要找村委会")
    assert extract_slots("逾期三天了 催收说一周之内不还就起诉")["days"].value == 3


def test_calling_ones_own_boss_for_a_loan_is_not_the_workplace_fear() -> None:
    assert "concern" not in extract_slots("我打老板电话借钱还借呗")


@pytest.mark.parametrize("message", ["会不会打公司电话", "催收会打单位电话吗", "will they freeze my account if autopay fails?"])
def test_the_fear_is_kept_when_a_call_or_a_freeze_is_named(message: str) -> None:
    assert "concern" in extract_slots(message)


def test_a_yearly_fee_is_not_the_sum_owed() -> None:
    assert extract_slots("年费两千 欠了一万")["amount"].value == 10000
    assert extract_slots("逾期三天内心很慌")["days"].value == 3  # 内心, not 三天内


def test_the_duration_said_with_late_wins_over_an_earlier_one() -> None:
    # A new-user probe: "paid fine for a year ... I'm 70 days late" was echoed as "a year overdue".
    found = extract_slots("I borrowed on Jiebei, paid fine for a year, then my shop closed. I'm 70 days late.")
    assert found["days"].value == 70
    assert extract_slots("已经三个月了，逾期会怎样")["days"].value == 90  # a bare clause still counts


@pytest.mark.parametrize("message, amount", [
    ("催收让我先转五千块到一个私人账户", None), ("我已经还了五千块 还欠两万", 20000),
    ("他们让我交三千块手续费", None), ("催收让我打5000到他个人卡上", None), ("借呗欠了五千块 逾期三天", 5000),
])
def test_money_paid_or_demanded_is_not_the_sum_owed(message: str, amount: int | None) -> None:
    found = extract_slots(message).get("amount")
    assert (found.value if found else None) == amount


def test_the_answer_calls_the_product_what_the_borrower_called_it(engine) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask("美团借钱逾期了会去户籍地吗")
    assert "美团借钱" in reply.text and "美团月付" not in reply.text
    assert "Meituan" in engine.ask("my meituan loan is overdue, will they visit my home?").text


@pytest.mark.parametrize("message, zh, en", [
    ("欠了几万会被起诉吗", "几万元", "tens of thousands of yuan"), ("借呗欠了十几万", "十几万元", "over a hundred thousand yuan"),
])
def test_a_few_is_never_turned_into_a_number(message: str, zh: str, en: str) -> None:
    # An audit: 几万 was echoed as 「你提到欠款约30000元」, a figure the borrower never gave.
    amount = extract_slots(message)["amount"]
    assert describe_amount(amount, "zh") == zh and describe_amount(amount, "en") == en


def test_a_number_of_days_asked_about_is_not_stated() -> None:
    assert "days" not in extract_slots("借呗逾期几天上征信")
    assert "days" not in extract_slots("逾期几天会怎样")
    assert extract_slots("已经逾期几天了 会怎样")["days"].text == "几天"


@pytest.mark.parametrize("message, concern", [
    ("借呗逾期会不会影响我坐高铁", "travel_ban"), ("会不会有人来我公司", "wages_employer"),
    ("借呗逾期影响孩子考公吗", "school_or_vetting"),
])
def test_fears_an_audit_found_unread(message: str, concern: str) -> None:
    from bot.concerns import find_concerns
    assert [found for found, _ in find_concerns(message)] == [concern]


@pytest.mark.parametrize("message, amount", [
    # a review: "两百多万" was read as 200 and "一百二十万" as 120, a 10,000-fold misquote
    ("欠了两百多万", 2_000_000), ("欠了一百二十万", 1_200_000), ("欠了两百万", 2_000_000), ("欠了三千五", 3500),
])
def test_hundreds_of_wan_are_read_whole(message: str, amount: int) -> None:
    assert extract_slots(message)["amount"].value == amount


@pytest.mark.parametrize("message, days", [("公司倒闭了工资停了三个月借呗就逾期了 会不会去我户籍地找我爸妈", None),
                                           ("工资拖了两个月 借呗逾期十天了", 10), ("老板欠薪半年 现在借呗逾期了", None)])
def test_wages_unpaid_for_a_time_is_not_time_overdue(message: str, days: int | None) -> None:
    # a second probe: 工资停了三个月 was echoed as "你提到逾期三个月"
    found = extract_slots(message).get("days")
    assert (found.value if found else None) == days


@pytest.mark.parametrize("message, amount", [("千万不要告诉我家人 会不会打电话给我爸妈", None), ("千万别告诉家人 我欠了一万", 10000),
                                             ("借了3000 千万别上门", None)])  # none rather than 3,000,000
def test_qianwan_by_all_means_is_no_sum(message: str, amount: int | None) -> None:
    # a review: 千万别, "by all means don't", was echoed as 欠款10000000元
    found = extract_slots(message).get("amount")
    assert (found.value if found else None) == amount


@pytest.mark.parametrize("message, value", [
    ("欠一万二千五百元", 12500), ("欠一万两千块", 12000), ("欠一万零五百", 10500), ("欠两万三千", 23000),
    ("借了1万5", 15000), ("欠一万五", 15000), ("欠三千五", 3500), ("欠2万", 20000),
    ("欠了3w5", 35000), ("欠3k5", 3500),
    ("欠了1万2千5", 12500), ("欠款1万5000", 15000), ("借了1万20天", 10000),
    # a digit after the unit that counts days or months is not its next place (review12)
    ("借呗欠5千3个月了会起诉吗", 5000), ("欠了2万3天了", 20000), ("借了5万24期", 50000),  ("欠了两万三两个月了", 23000), ("借了十万二十四期", 100000), ("欠了五万三十天了", 50000), ("欠了八万二十天", 80000),
])
def test_a_sum_after_wan_or_qian_is_read_whole(message: str, value: int) -> None:
    # 一万二千五百 was read as 一万二 (12,000) and 一万两千 as 一万: a figure the borrower never gave.
    assert extract_slots(message)["amount"].value == value


def test_a_long_run_of_numerals_is_read_in_linear_time() -> None:
    # "逾期" + "1" * 2000 took ~0.9 s (each pattern rescanned the run from every position); a run
    # 16 times longer must not cost 16^2 times more: compared with the short run, not a clock.
    import timeit
    short, long = "逾期" + "1" * 100 + "天", "逾期" + "1" * 1600 + "天"
    ratio = min(timeit.repeat(lambda: extract_slots(long), number=3, repeat=3)) / min(
        timeit.repeat(lambda: extract_slots(short), number=3, repeat=3))
    assert ratio < 40, ratio
    assert extract_slots(long)["days"].value is None


@pytest.mark.parametrize("message, product", [
    ("催收让我去借网贷来还借呗，不然就起诉", "jiebei"), ("借网贷来还花呗可以吗", "huabei"), ("网贷逾期会上门吗", "online_loan"),
])
def test_the_loan_being_repaid_is_the_product_not_the_one_borrowed_to_repay_it(message: str, product: str) -> None:
    assert extract_slots(message)["product"].value == product  # probe14: 借网贷来还借呗 read as 网贷


# Round 11 (cls12): a shop's or a job's years and a business loss are neither days overdue nor the debt.
@pytest.mark.parametrize("text, days, amount", [
    ("我开店三年亏了二十多万，借呗逾期了会起诉吗", None, None),
    ("开了三年店 借呗逾期了", None, None), ("做了五年生意 借呗逾期了", None, None),
    ("上了三年班 借呗逾期一个月", 30, None), ("跑外卖两年 借呗逾期了", None, None),
    ("生意亏进去二十多万 借呗欠三万逾期了", None, 30000),
    ("I ran a shop for 3 years and lost 200k, now jiebei is overdue, will they sue?", None, None),
    ("my business lost 200k, jiebei overdue 2 months", 60, None),
    # the other side: the borrower's own time overdue and debt are still read
    ("借呗逾期了三年", 1095, None), ("I owe 20k and I am 3 months late", 90, 20000),
])
def test_business_years_and_losses_are_not_slots(text: str, days: int | None, amount: int | None) -> None:
    slots = extract_slots(text)
    assert (slots["days"].value if "days" in slots else None) == days
    assert (slots["amount"].value if "amount" in slots else None) == amount


@pytest.mark.parametrize("message, days", [
    ("i am 70 years old", None), ("I'm 70 years old, jiebei late", None), ("a 45-year-old man, jiebei overdue", None),
    ("aged 50 years, overdue on huabei", None),
    # the other side: an age beside the time overdue keeps the time overdue
    ("I am 70 years old and 3 months late on jiebei", 90), ("jiebei overdue 2 years", 730),
])
def test_an_age_is_not_days_overdue(message: str, days: int | None) -> None:  # cls13
    found = extract_slots(message).get("days")
    assert (found.value if found else None) == days


@pytest.mark.parametrize("message, en", [
    ("I am 2 month late", "2 months"), ("jiebei overdue 10 day", "10 days"), ("I am 2-month late", "2 months"),
    ("about 3 week overdue", "about 3 weeks"),
    # the other side: one of a unit, and a plural as typed, stay as they are
    ("a month late", "a month"), ("1 day late", "1 day"), ("2 months overdue", "2 months"),
])
def test_an_english_unit_reads_back_in_the_plural(message: str, en: str) -> None:  # cls13
    assert describe_days(extract_slots(message)["days"], "en") == en


def test_a_relatives_loan_is_the_family_fear() -> None:  # cls13 (bot.relatives), narrowed by cls14
    assert extract_slots("我妈妈借呗逾期了，要我还吗")["concern"].value == "family_liability"
    assert extract_slots("my wife owes jiebei, do I have to pay")["concern"].value == "family_liability"
    assert extract_slots("my husband missed a payment on jiebei, do I have to pay")["concern"].value == "family_liability"
    assert "concern" not in extract_slots("借呗逾期了 会打给我妈吗")


@pytest.mark.parametrize("message", [
    # stated alone or asked about something else, a relative's loan is no fear the writer named
    "我妈妈借呗逾期了", "my wife owes jiebei", "我老婆逾期了，会不会打电话给我", "我妈借呗逾期了，会打电话给我吗",
    "借呗逾期会打电话给我爸妈吗，我妈欠了好几万",
    # the writer is the borrower: a relative named beside the writer's own loan (review29 #8)
    "我借呗逾期了，是因为我妈欠了医药费", "my husband missed the payment on my jiebei, will they sue me",
    "my mom missed my call from the collector, will they call her again",
])
def test_a_relatives_loan_not_asked_about_is_no_fear(message: str) -> None:  # cls14 (review29 #3, #8)
    assert "concern" not in extract_slots(message)


@pytest.mark.parametrize("message, days", [
    ("医生让我一天吃两板药，借呗逾期了能延期吗", None),   # how often, not a day overdue (review28)
    ("我一天打两份工，借呗逾期会起诉吗", None),
    ("借呗逾期一天会上征信吗", 1),                        # twins: the time overdue
    ("借呗逾期一天打了好几个电话", 1),
])
def test_a_rate_of_doing_is_not_days_overdue(message: str, days: int | None) -> None:
    slot = extract_slots(message).get("days")
    assert (slot.value if slot else None) == days


@pytest.mark.parametrize("message", [
    "借呗逾期会不会被拘留十五天", "逾期会被关半个月吗", "逾期记录5年后会消除吗", "逾期的记录一年后征信会恢复吗",
    "will the overdue go away after 5 years", "can I be jailed for 15 days for being overdue",
])
def test_a_penalty_or_a_records_time_is_not_days_overdue(message: str) -> None:  # truth1 #3
    assert "days" not in extract_slots(message)


@pytest.mark.parametrize("message, days", [
    ("借呗逾期十五天会被拘留吗", 15), ("逾期5年了会怎样", 1825), ("借呗逾期了，已经三个月了，会被关几天吗", 90),
    ("I'm 5 years overdue, will it go away", 1825), ("逾期三个月后会被起诉吗", 90), ("借呗逾期一天以后都不能恢复额度了", 1),
])
def test_the_time_overdue_beside_a_penalty_is_still_read(message: str, days: int) -> None:  # truth1 #3
    assert extract_slots(message)["days"].value == days
