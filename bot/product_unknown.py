"""A lender the name list does not know, read from how a loan is written (eng64; user61 #7).

"小米贷款逾期会上门吗", "我欠滴滴借钱三千", "my xiaomi loan is overdue", "grabpay later": a name followed by
a loan word is another lender's loan, not Alipay's, whatever the name. The answer then points to that
lender's own official service and invents no number (bot.answer_variables.contact_for). The kinds of loan
that are not a lender's product name (房贷, 车贷, 高利贷, "loan shark") are listed in bot.product_names.

Only where the loan is told owed or late: a Chinese name followed by 贷款/借钱/借款 stands beside a debt
("…逾期", "…还不上", "欠…"); "会不会影响贷款", "以后还能贷款吗", "申请贷款" name no lender. A person
lent to ("朋友借的钱") has no official service: not read as a lender.
"""

from __future__ import annotations

# Characters that cannot be part of a lender's name before the loan word: pronouns, particles,
# verbs of asking or applying, counters ("我的小米贷款": the name is 小米, not 我的小米).
_NOT_NAME = ("我你他她它们的了在欠和跟与是有把被还也都就又再才要想办去申请能会可以后来不没无这那个笔些一几多少怎么什哪吗呢吧啊影响耽误连累用给让帮替找向从对说问"
             "上次前今当时最近现已经年月天日周")  # (and times: "上次借钱没还" names no lender)
# A name starts a word (after no Chinese character, or after one that cannot be in a name: "支付宝贷款" is not
# "付宝" + 贷款) and is not Alipay's own or a description of any loan (小额, 信用, 网上…: 借呗 may be one).
_ALIPAY_OR_ANY = r"(?!支付宝|蚂蚁|借呗|花呗|芝麻|阿里|淘宝|天猫|小额|信用|消费|网络|网上|线上|个人|正规|大额|短期|长期|无抵押|民间)"
_NAME_ZH = rf"(?:(?<![\u4e00-\u9fff])|(?<=[{_NOT_NAME}])){_ALIPAY_OR_ANY}(?:(?![{_NOT_NAME}])[\u4e00-\u9fff]){{2,4}}?"
_LOAN_ZH = r"(?:贷款|借钱|借款)"  # (not 借的钱: "上次借的钱" is the money, not a lender)
# ...owed: told late or unpaid just after, or owed just before.
_LATE_AFTER_ZH = r"(?=\s*(?:已经|都|也|又|还|一直)?\s*(?:逾期|逾其|欠|还不上|还不起|还不了|没还|未还|催收|被催|的欠款))"
_OWED_BEFORE_ZH = r"(?:(?<=欠)|(?<=欠了)|(?<=欠着))"
# People lent to are no lender ("朋友借钱逾期", "欠亲戚借款").
_PEOPLE = r"(?!朋友|同事|亲戚|家人|家里|父母|爸|妈|老婆|老公|同学|别人|熟人|老板|邻居|哥|姐|弟|妹)"
# English: a one-word name before "loan" / "pay later" ("xiaomi loan", "grabpay later", "spaylater").
_NOT_NAME_EN = (r"my|a|an|the|this|that|his|her|our|their|your|any|some|other|another|new|old|big|small|bank|personal|student|"
                r"payday|online|jiebei|huabei|alipay|ant|take|took|get|got|getting|apply|pay|paid|repay|need|want|borrow|"
                r"owe|owed|late|overdue|unpaid|outstanding|cash|quick|fast|short|long|home|car|auto|housing|house|one|"
                r"first|second|whole|entire|same|no|loan|loans|of|for|on|to|and|or|with|from|in|at|is|was|a|its|s|"
                r"mortgage|credit|debt|business|school|study|education|consumer|instant|micro|easy|legal|illegal|real|fake|"
                r"jd|meituan|weilidai|baitiao|jintiao|mybank|shark|sesame|zhima|ant|taobao|alibaba|tmall|huabei|jiebei|"
                r"now|buy|then|just|also|use|using|used|can|will|should|could|you|they|not|why|how|what|when|where|who")
_NAME_EN = rf"\b(?!(?:{_NOT_NAME_EN}|#)\b)[a-z]{{3,}}"
# An app named by what it is called ("一个叫好分期的app借了钱逾期了", "an app called CashNow, and I'm late"; cls252): the name
# after 叫/叫做/名叫 or "called"/"named", before the app word in Chinese, told owed or late later in the message.
_CALLED_OWED_ZH = r"(?=.{0,30}(?:逾期|逾其|欠|还不上|还不起|还不了|没还|未还|催收|被催))"
_CALLED_ZH = (rf"(?:(?<=叫)(?![做作])|(?<=叫做)|(?<=叫作))(?:[\u4e00-\u9fffa-z#]){{2,6}}?(?=的?(?:app|平台|软件|网贷|贷款)){_CALLED_OWED_ZH}")
_CALLED_EN = (r"(?:(?<=app called )|(?<=app named )|(?<=lender called )|(?<=platform called )|(?<=company called ))[a-z][a-z#]{2,}"
              r"(?=.{0,40}\b(?:late|overdue|behind|owe|owed|owing|unpaid|past due|default\w*)\b)")
# (English "<name> loan" only after "my" or told late: "how has loan collection changed" names no lender)
UNKNOWN_LENDER = (rf"{_PEOPLE}{_NAME_ZH}{_LOAN_ZH}{_LATE_AFTER_ZH}|{_OWED_BEFORE_ZH}{_PEOPLE}{_NAME_ZH}{_LOAN_ZH}"
                  rf"|(?<=\bmy ){_NAME_EN}\s+loan\b|{_NAME_EN}\s+loan(?=\s+(?:is\s+|was\s+)?(?:overdue|late|past due|unpaid|in arrears))"
                  rf"|{_NAME_EN}\s+pay\s?later\b|\b[a-z]{{3,}}paylater\b|{_CALLED_ZH}|{_CALLED_EN}")
OTHER_LENDER = "other_lender"

__all__ = ["OTHER_LENDER", "UNKNOWN_LENDER"]
