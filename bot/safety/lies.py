"""Abusive collection told by a false consequence, a frail guarantor frightened, a disability mocked, a scam posing as
Ant, or a veiled threat about coming home at night (safe68, issue 12; blind15's missed abuse kinds), in Chinese
(CUES_ZH) and English (CUES_EN):

- **A public record said to be taken away**: social insurance, medical insurance, the housing fund, 户口, a child's
  school place or 学籍 stopped, frozen or cancelled for a private debt ("说再不还就把我的社保停掉"). No lender or
  collector can do it; said to frighten, it is a lie. Asked by the writer ("社保断缴会影响借呗吗") it names no collector.
- **A child's future said to be barred** (exams, civil service, the army, university) for the parent's debt.
- **An old guarantor threatened** with being locked up or the house auctioned ("跟我奶奶说不还钱就把你关进去").
- **A disability mocked** by the collector ("骂我瘸子", "mocked my hearing aid").
- **Someone posing as Ant / Alipay staff asking for screen sharing or a remote app** (a scam told as done to the writer).
- **Coming home at night watched** ("we know what time you get home at night", "be careful walking alone").

Each cue ties the act to a collector or to "they"/"他们" as the speaker; whether a match is told (not asked, heard of,
negated, someone else's) is abuse.py's judgement, as for every abuse cue.
"""

from __future__ import annotations

from .clauses import any_of

_WHO_ZH = (r"(?:催收|催收员|催债的|要债的|讨债的|收债的|对方|他们|那边|那些人|那帮人|那伙人|电话里|短信里|打电话的|催收的|那个人"
           r"|律师函|函上|短信|信息)")
_SAY_ZH = r"(?:说|讲|威胁|吓唬|告诉|扬言|放话|跟|对|给|骂|发)"
_RECORD_ZH = r"(?:社保|医保|公积金|户口|户籍|学位|学籍|入学资格|低保|养老金|退休金)"
_TAKEN_ZH = r"(?:停掉|停了|停|冻结|注销|取消|吊销|作废|迁出|收回|清退|开除|没收|断掉|断了)"
_LOCKED_ZH = r"(?:关进去|关起来|抓进去|抓走|拘留|蹲监狱|坐牢|带走)"
# ("可能被查封拍卖" in a lawyer's letter or of a mortgage is the legal process told, not a threat; mend75)
_AUCTION_ZH = r"(?:房子|老房子|宅基地|家里|房)(?:(?!可能|或许|也许)\S){0,6}(?:拍卖|查封|收走|没收|封了)"
_DISABLED_ZH = r"(?:瘸子|聋子|瞎子|哑巴|残废|跛子|独眼龙|瘫子|残疾|智障|弱智|结巴)"
_MOCK_ZH = r"(?:嘲笑|笑话|取笑|讽刺|骂|叫|说|喊|模仿|学)"
# What a lawful or helpful speaker says, in the gap between who speaks and the record or the house: HR on leaving a job,
# unpaid contributions, a mortgage (review88: 10 false abuse replies; mend75). A negation right before the act ("也不会停掉")
# says it will NOT happen.
_LAWFUL_ZH = r"人事|离职|辞职|断缴|停缴|欠缴|没交|没缴|退休|房贷|抵押"
_GAP_ZH = rf"(?:(?!{_LAWFUL_ZH}|不会(?:把|让|被|影响|给)|不影响|无权|没(?:有)?权).)"
_NOT_NEG_ZH = rf"(?:(?!不|没|别|未|{_LAWFUL_ZH})\S)"
# Disability named as a ground for help ("残疾人可以申请停息挂账", "残疾证可以作为困难证明"), not mocked.
_HELP_ZH = r"(?!人?\S{0,4}(?:可以|能|可|申请|证明|减免|政策|补贴|优惠|困难|照顾|减免)|证)"
_ANT_ZH = r"(?:自称|冒充|说是|假装|号称|说他是|说她是)\S{0,4}(?:蚂蚁|支付宝|借呗|花呗)\S{0,6}(?:客服|工作人员|员工|的人|官方)"
_REMOTE_ZH = r"(?:屏幕共享|共享屏幕|开共享|远程|会议软件|腾讯会议|zoom|向日葵|todesk)"

# A child's future said to be barred for a parent's private debt (exams, civil service, the army, university: legit104):
# a collector's false consequence, like a record taken away. Said categorically (不行, 不能, 别想); "会影响" alone is
# left to the loan answer (a court's list of defaulters does reach some schools: uncovered_consequences).
_CHILD_ZH = r"(?:孩子|儿子|女儿|子女|小孩|娃|下一代|后代)"
_FUTURE_ZH = r"(?:考公务员|考公|考编|政审|当兵|参军|入伍|考研|上大学|考大学|读大学|高考|中考|上学|入学|读书|上公立|上重点)"
_BARRED_ZH = r"(?:都?不行|全都不行|都不能|不能|不让|别想|没法|没有办法|考不了|上不了|当不了|读不了|过不了|没资格|被取消|取消资格|禁止)"
_CHILD_EN = r"(?:son|daughter|kids?|children|child|boy|girl)"
_FUTURE_EN = r"(?:exams?|university|college|school|army|military|civil service|gaokao|the draft)"
# Barred, said so; a bar denied is a reassurance ("my son cannot be rejected from the army", "she won't be barred"):
# a bare cant/cannot needs an act of its own, a passive bar no denial before it (review103 F4, mend85).
_BAR_DENIED_EN = r"(?<!cant be )(?<!cannot be )(?<!not be )(?<!wont be )(?<!never be )(?<!nt be )(?<!never get )"
_BARRED_EN = (rf"(?:{_BAR_DENIED_EN}(?:banned|barred|blocked|expelled|kicked out|rejected|disqualified)"
              r"|(?:not|wont|never) (?:be )?allowed|wont be able"
              r"|(?:cant|cannot) (?:go|join|enter|sit|take|attend|get in|apply|study|work|enlist|be (?:admitted|accepted|hired|a))"
              r"|never (?:get in|go|be (?:admitted|accepted|hired|able|a)))")

CUES_ZH = (
    ("fake_legal", any_of(rf"{_WHO_ZH}{_GAP_ZH}{{0,8}}{_SAY_ZH}{_GAP_ZH}{{0,30}}{_CHILD_ZH}{_GAP_ZH}{{0,12}}{_FUTURE_ZH}\S{{0,16}}{_BARRED_ZH}")),
    ("fake_legal", any_of(rf"{_WHO_ZH}{_GAP_ZH}{{0,8}}{_SAY_ZH}{_GAP_ZH}{{0,30}}{_RECORD_ZH}(?!贷款|贷){_NOT_NEG_ZH}{{0,8}}(?:被|就|会|要|也要|都要|给你|全)?{_TAKEN_ZH}",
                          rf"{_WHO_ZH}{_GAP_ZH}{{0,8}}{_SAY_ZH}{_GAP_ZH}{{0,30}}(?<![不没别])(?<!不会)(?<!不要)(?<!不用){_TAKEN_ZH}(?:我|你|我的|你的|我们的|孩子的|他的)\S{{0,4}}{_RECORD_ZH}(?!贷款|贷)")),
    ("jail_threat", any_of(rf"{_WHO_ZH}{_GAP_ZH}{{0,12}}{_SAY_ZH}{_GAP_ZH}{{0,30}}(?:担保人|老人家|老人|奶奶|爷爷|外婆|外公|爸|妈|老头|老太){_GAP_ZH}{{0,30}}(?<![不没])(?<!不会)(?:{_LOCKED_ZH}|{_AUCTION_ZH})",
                           # the guarantor addressed in the collector's words ("你是担保人 再不还就把你抓进去")
                           rf"你是担保人.{{0,20}}(?:把你|让你|叫你)\S{{0,3}}(?:{_LOCKED_ZH})")),
    ("insult", any_of(rf"{_WHO_ZH}\S{{0,8}}{_MOCK_ZH}(?:我|我们|我爸|我妈|我儿子|我女儿)?(?:是)?(?:个|一个)?\S{{0,3}}{_DISABLED_ZH}{_HELP_ZH}",
                      rf"{_WHO_ZH}\S{{0,8}}(?:嘲笑|笑话|取笑|讽刺|模仿|学)(?:我的?)?\S{{0,4}}(?:腿|残疾|耳朵|眼睛|口吃|说话|助听器|轮椅|拐杖)")),
    ("impersonation", any_of(rf"{_ANT_ZH}.{{0,30}}{_REMOTE_ZH}")),
)

_WHO_EN = r"(?:collectors?|agents?|callers?|the caller|they|he|she|debt collectors?|someone|somebody|a guy|a man|a woman|a lady)"
_RECORD_EN = r"(?:cpf|social (?:insurance|security)|medisave|medical insurance|hukou|household registration|school place|school placement|school spot|place in school|pension)"
_TAKEN_EN = r"(?:cancell?ed|frozen|freeze|stopped|revoked|terminated|taken away|removed|cut off|suspended)"
_DISABLED_EN = (r"(?:deaf|blind|cripple\w*|disabled|disability|handicapped|retard\w*|lame|hearing aids?|wheelchair|crutch\w*|stammer\w*|stutter\w*"
                r"|limp\w*|amputee|one leg|one arm)")
_ANT_EN = r"(?:claim\w* to be|pretend\w* to be|posing as|posed as|said (?:he|she|they) (?:was|were|is|are)(?: from)?|calling from) (?:from )?(?:an? )?(?:ant|alipay|jiebei|ant group|ant financial)"
_REMOTE_EN = r"(?:screen ?shar\w*|share (?:my|the|your) screen|remote (?:access|control|desktop)|anydesk|teamviewer|zoom|meeting app)"

CUES_EN = (
    ("fake_legal", any_of(rf"\b{_WHO_EN}\b.{{0,20}}\b(?:said|says|told|threaten\w*|claim\w*|warn\w*)\b.{{0,40}}\b{_CHILD_EN}\b.{{0,30}}\b{_BARRED_EN}\b.{{0,40}}\b{_FUTURE_EN}\b")),
    ("fake_legal", any_of(rf"\b{_WHO_EN}\b.{{0,20}}\b(?:said|says|told|threaten\w*|claim\w*|warn\w*)\b.{{0,60}}\b{_RECORD_EN}\b.{{0,20}}\b(?:will be|would be|gets?|be|is being) {_TAKEN_EN}")),
    ("jail_threat", any_of(rf"\b{_WHO_EN}\b.{{0,20}}\b(?:told|said to|threaten\w*|warn\w*)\b.{{0,20}}\b(?:her|him|my (?:grand)?(?:ma|mum|mom|mother|pa|dad|father|grandma|grandpa|grandmother|grandfather|guarantor))\b"
                           r".{0,60}\b(?:detained|arrested|locked up|jailed|taken away|(?:flat|house|home|hdb) (?:will be |would be |be )?(?:auctioned|seized|taken))")),
    # ("they call me daily tho im disabled" names a disability beside the calls: "call me" must name it)
    ("insult", any_of(rf"\b{_WHO_EN}\b.{{0,12}}\b(?:mock\w*|laugh\w* at|made fun of|making fun of|imitat\w*|copied)\b.{{0,24}}\b{_DISABLED_EN}\b",
                      rf"\b{_WHO_EN}\b.{{0,12}}\bcall\w* me (?:an? |the )?(?:\w+ )?{_DISABLED_EN}\b")),
    ("impersonation", any_of(rf"\b{_ANT_EN}\b.{{0,60}}\b(?:install|download|use|open|start|get)\b.{{0,30}}{_REMOTE_EN}")),
    ("violence", any_of(r"\bwe know (?:what time|when|how late|the time|exactly when) you (?:get|come|go|walk|reach|leave)(?: back)? home\b",
                        r"\bwe know you (?:come|get|go|walk) home (?:late|alone|at night)",
                        r"\b(?:they|he|she) (?:know|knows|said they know|said he knows|said she knows) (?:how late|what time|when) i (?:get|come|go|reach|walk)(?: back)? home\b",
                        r"\bbe careful (?:walking|going|coming|getting) (?:home )?alone\b")),
)

__all__ = ["CUES_EN", "CUES_ZH"]
