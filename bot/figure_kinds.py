"""The figures a question may ask for: what each is called, and above which topics its line goes.

The article gives almost no figures (bot.figures reads which one a message asks for); the line
that says so goes above a topic's answer unless that topic's own lead already says what the article
gives (ANSWERED_BY_LEAD), or the figure belongs elsewhere (SHOWN_ONLY_FOR, FIGURE_HOMES).
"""

from __future__ import annotations

# What each figure is, as the answer names it ("你问的{name}，文章没有给出数字").
FIGURE_NAMES: dict[str, dict[str, str]] = {
    "score_drop": {"zh": "分数会降多少", "en": "how far the score drops"},
    "record_time": {"zh": "记录会留多久、多久能消", "en": "how long a record stays or when it clears"},
    "time_until": {"zh": "天数、金额或时长的界线", "en": "a line in days, money or time"},
    "cost": {"zh": "要付多少钱", "en": "how much you would have to pay"},
    "rate": {"zh": "利率或费率是多少", "en": "the exact interest or penalty rate"},
    "threshold": {"zh": "这样的天数或金额界线", "en": "a line in days or money like that"},
    # A grace period: the article names none, and says what starts at once (probe13: "借呗有宽限期吗"
    # led with the advice to talk to the lender; the frame's line says this first).
    "grace": {"zh": "宽限期", "en": "a grace period"},
    # When a late loan reaches the credit report (征信): the article says Sesame Credit is told at
    # once, and gives no day for the central bank's system (probe13: "借呗逾期几天上征信" was
    # answered by the Sesame lead alone, as if 征信 were told at once too).
    "report_day": {"zh": "逾期几天会上征信", "en": "when it reaches your credit report"},
    # Whether something is certain ("一定会被起诉吗", "will they definitely sue?"): the article says
    # may, or rare, for a lawsuit and a visit; the line says so first (probe13). Only for the
    # topics in CERTAINTY_TOPICS: elsewhere the article is certain (Sesame Credit is told at once).
    "certain": {"zh": "是不是一定会", "en": "whether it is certain"},
    # Conditions the article never weighs (ans9): not figures, but the same kind of silence, said
    # first in the same place ("如果我先还一半，还会起诉吗", "I am moving abroad", "先还哪个").
    "partial": {"zh": "先还一部分（比如一半）能不能这样还、会不会改变后果", "en": "paying part of it (say half): whether that works or changes what happens"},
    "moving": {"zh": "搬走、换城市或出国以后会怎样", "en": "what happens if you move away or abroad"},
    "priority": {"zh": "几笔欠款先还哪一笔", "en": "which debt to repay first"},
    # Legal and practical matters the article never touches (ans18, truth2 B5): a neighbouring topic's
    # lead ("the lender may sue") answered them as if it were the answer; the line says first that
    # the article does not cover them ("诉讼时效过了吗", "I'm abroad now, can they still sue me?",
    # "是支付宝自己催还是外包", "微粒贷和借呗哪个先起诉我").
    "limitation": {"zh": "诉讼时效（过了一定时间还能不能起诉、还用不用还）",
                   "en": "the statute of limitations (whether, after some time, they can still sue or you still owe)"},
    # (境外 too: Hong Kong, Macau or Taiwan named is no 国外; truth4 #8)
    "abroad": {"zh": "人在国外或境外会不会改变催收或起诉", "en": "being abroad or outside the mainland: whether that changes collection or a lawsuit"},
    "outsourced": {"zh": "催收是平台自己做还是交给外包或第三方机构", "en": "whether collection is done by the lender itself or by outside agencies"},
    "in_my_name": {"zh": "用别人名义借的钱该由谁来还", "en": "who has to repay a loan taken out in someone else's name"},
    # After repaying, a step of collection asked (truth3 #5: "还完了还会被起诉吗", "will they keep calling after I
    # pay it off?"): the article speaks only of the time a loan is late.
    "repaid": {"zh": "还清以后的事（还会不会被催收、上门或起诉，还欠不欠钱）",
               "en": "what happens after a loan is repaid (whether calls, visits, a lawsuit or a charge can still follow)"},
    # Being abroad with going back asked ("会不会影响我回国": truth3 #8): the return trip named.
    "abroad_return": {"zh": "人在国外：回国会不会受影响、会不会改变催收或起诉", "en": "being abroad: whether going back, collection or a lawsuit is affected"},
    # Two steps of one lender set against each other ("说要上门，也说要起诉，哪个先来": truth4 #7): the
    # article gives no order; the line says what it says of each (frame.figure), not "which lender".
    "order": {"zh": "上门和起诉哪个会先来", "en": "which would come first, a visit or a lawsuit"},
    # A negotiated plan asked of the record ("协商成功后还会上征信吗": truth4 #8): the article says Sesame
    # Credit is told at once, and nothing of what an agreement changes.
    "negotiated": {"zh": "协商好（延期或分期）以后，征信或芝麻信用上的记录会怎样",
                   "en": "what an agreed plan (an extension or instalments) does to your credit record"},
    # Only the principal or only the interest repaid ("能不能只还利息", "pay back the benjin only": truth4
    # #7): the article weighs no such offer; the line points to talking to the lender (frame.figure).
    "principal_only": {"zh": "只还本金或只还利息行不行、平台会不会接受",
                       "en": "repaying only the principal or only the interest: whether that works or the lender accepts it"},
    # What to do if someone does come ("会上门吗？如果上门我该怎么办？": truth4 #7, the second ask dropped):
    # the article gives no steps for a visit; the line gives the general ones, marked as not from it.
    "visit_then": {"zh": "真有人上门时该怎么办", "en": "what to do if someone does come to your door"},
    "several": {"zh": "欠了几家时哪一家会先采取行动（起诉、上门）、是不是每家都会起诉",
                "en": "which of several lenders would act first, or whether each of them would sue"},
}
# The kinds above that are conditions, not numbers: the line says the article does not weigh them.
CONDITIONS = frozenset({"partial", "moving", "priority", "limitation", "abroad", "abroad_return", "outsourced", "several", "in_my_name",
                        "repaid", "order", "negotiated", "principal_only", "visit_then"})
# (the frame's line points to a lawyer or legal aid for the legal ones: limitation, abroad, several,
# in_my_name; to the lender's official service for outsourced)

# Topics whose own lead already says what the article gives on such a figure: the line would
# repeat it, or contradict it. credit_report and collection_process: "多久上征信", "逾期一天就会被催收吗",
# "how long until reminders start": the article says at once (only the move to a person and a
# lawsuit have no figure, and collection_process's own point says so).
ANSWERED_BY_LEAD: dict[str, frozenset[str]] = {
    "penalty_costs": frozenset({"cost", "rate"}),
    "credit_report": frozenset({"time_until", "threshold", "grace"}),
    "collection_process": frozenset({"time_until", "threshold", "grace"}),
    # Moving away: the article advises against running off (going_dark) and says visits to the
    # hometown are rare (home_visit): their leads speak to it (review26).
    "going_dark": frozenset({"moving"}),
    "home_visit": frozenset({"moving"}),
    # A loan in someone else's name: the not-covered topic's own lead names it (ans18).
    "uncovered_consequences": frozenset({"in_my_name"}),
    # Life after repaying: its own lead says the article is silent on it (and on calls after it).
    "after_repayment": frozenset({"record_time", "repaid"}),
}

# The topics whose answer the article gives as may or rare, not certain: a question whether it is
# certain gets the line only there (a figure kind shown nowhere else; see shows_figure).
SHOWN_ONLY_FOR: dict[str, frozenset[str]] = {"certain": frozenset({"lawsuit", "home_visit"})}

# Where a figure belongs when a reply to one message answers several topics and its questions
# cannot be told apart ("逾期还款***天，会扣多少分，会留下什么记录": one sentence): the topic that
# speaks of it, if answered, else the first.
FIGURE_HOMES: dict[str, tuple[str, ...]] = {
    "score_drop": ("credit_report",), "record_time": ("after_repayment", "credit_report"),
    "cost": ("penalty_costs",), "rate": ("penalty_costs",), "certain": ("lawsuit", "home_visit"),
}


def figure_name(figure: str, lang: str) -> str:
    """The figure's name in ``lang`` (KeyError for an unknown kind)."""
    return FIGURE_NAMES[figure][lang]


def shows_figure(figure: str | None, topic_id: str) -> bool:
    """Whether the line on a figure asked for goes above this topic's answer."""
    return (figure is not None and figure not in ANSWERED_BY_LEAD.get(topic_id, frozenset())
            and topic_id in SHOWN_ONLY_FOR.get(figure, (topic_id,)))

__all__ = ["ANSWERED_BY_LEAD", "CONDITIONS", "FIGURE_HOMES", "FIGURE_NAMES", "SHOWN_ONLY_FOR", "figure_name", "shows_figure"]
