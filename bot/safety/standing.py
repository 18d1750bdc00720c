"""Abusive collection told in newer ways (abuse195, issue 12; docs/safety.md Round 108), as cue tables read by
abuse.py through collectors.py, in Chinese (CUES_ZH) and English (CUES_EN):

- **status**: a threat to report the borrower to an immigration office, an embassy or a licensing body, or to have a
  visa, a residence permit or a professional licence taken away ("催收说要去出入境管理局举报我", "he'd get my visa
  cancelled", "report me to the nursing council"); a threat, so a collector or a threat's verb is named before it;
- **veiled**: a warning about the way home or the dark ("be careful walking home tonight"), read as a collector's only
  with a collector named (not "he" or "they") or a pay condition in the window (discounted.py);
- **child_known**: a child's school known ("we know which school your son goes to"); family's words are family talk;
- **likeness**: the borrower's face, photo or name put on a platform (Douyin, Weibo, TikTok, moments) beside the debt
  or an insult ("a photo of my face is going around on Weibo saying I borrowed money and disappeared"); the writer's
  own video is the writer's act (own_acts.py);
- **contact**: someone the borrower knows received a call or message FROM a collector ("my new manager had a message
  from the collectors"): the passive side of collectors.py's contact cue, which needs the same aggravation;
- **fake_legal**: money asked into someone's personal card or account ("transfer it to his personal bank card").

Whether a match is told (not asked, feared, heard of, negated, the writer's own) is abuse.py's judgement.
"""

from __future__ import annotations

from .clauses import any_of

_BODY_ZH = (r"(?:移民局|入管局|入管|出入境|移民|大使馆|领事馆|使馆|签证处|卫健委|卫生局|医师协会|护士协会|护理学会|律师协会|律协|司法局"
            r"|教育局|注册会计师协会|会计师协会|证监会|人社局|资格审查)")
_PAPERS_ZH = r"(?:签证|居留|在留|工作准证|准证|绿卡|执业证|资格证|执照|牌照|从业资格|教师资格|护士证|医师证|律师证)"
_LOSS_ZH = r"(?:吊销|取消|续不了|被撤|撤销|作废|注销|拿不到|保不住|没了|被遣返|遣返|拒签)"
_THREAT_ZH = r"(?:催收|他们|对方|那边|说|威胁|扬言|吓唬|恐吓)"
_STRONG_ZH = r"(?:催收|他们|对方|那边|威胁|扬言|吓唬|恐吓)"  # (not 说 alone: "老师说要去大使馆办签证")

CUES_ZH = (
    ("status", any_of(
        # reported to the body ("要去出入境管理局举报我"); reached with an outcome or the debt named after it
        # (告 not 告诉: "中介说要告诉移民局我的新地址" is news told; 告诉 needs a loss or the debt after it, below)
        rf"{_THREAT_ZH}.{{0,10}}(?:举报|投诉|告发|告(?!诉))(?:我|你)?\S{{0,6}}{_BODY_ZH}|{_THREAT_ZH}.{{0,10}}(?:去|到|向|给){_BODY_ZH}\S{{0,4}}(?:举报|投诉|告(?!诉))",
        rf"{_THREAT_ZH}.{{0,10}}(?:联系|通知|告诉|打电话给|打给|发邮件给|写信给|找)\S{{0,4}}{_BODY_ZH}.{{0,20}}(?:{_LOSS_ZH}|欠|老赖|逃)",
        # a loss the collector will cause ("让我的签证被取消"), not one supposed ("如果我的签证被取消就没法还钱")
        rf"{_STRONG_ZH}.{{0,12}}(?:让|叫|害|弄得?)\S{{0,6}}{_PAPERS_ZH}\S{{0,8}}{_LOSS_ZH}")),
)

_BODY_EN = (r"(?:immigration|embassy|consulate|visa (?:office|department|centre|center)|home office|border (?:agency|force|control)"
            r"|licensing (?:board|body|authority)|(?:nursing|medical|teaching|dental|pharmacy|accountancy|engineering) (?:council|board|association|regulator)"
            r"|bar association|law society|professional (?:body|board|regulator)|(?:my|the) regulator)")
_PAPERS_EN = (r"(?:visa|residence permit|residency|work permit|permit|green card|licen[cs]e|practi[cs]ing certificate|certification"
              r"|registration)")
_LOSS_EN = (r"(?:cancel\w*|revok\w*|withdrawn|taken away|pulled|suspend\w*|struck off|not (?:be )?renewed|(?:wont|will not|would not|wouldnt) (?:be )?renewed"
            r"|deport\w*)")
_THREAT_EN = (r"(?:said|says|saying|told|tells|threat\w*|warned|warns|texted|messaged|wrote|collectors?|agents?|agency|caller|they|theyll|theyd"
              r"|he|hed|hell|she|shed|shell)")
# (not "said" alone before a loss: "the immigration officer said my visa could be cancelled if I overstay")
_STRONG_EN = r"(?:threat\w*|warned|warns|collectors?|agents?|agency|caller|they|theyll|theyd|he|hed|hell|she|shed|shell)"
_NO_IF_EN = r"(?:(?!\b(?:if|when|once|unless|in case)\b).)"
_PLATFORM_EN = (r"(?:douyin|weibo|tiktok|kuaishou|xiaohongshu|red note|facebook|instagram|twitter|youtube|moments|wechat|social media"
                r"|the internet|online)")
_LIKENESS_EN = r"(?:my face|my photo|my picture|my selfie|photos? of me|pictures? of me|pics? of me|(?:a )?(?:video|clip)s? of me|my (?:full )?name)"
# An accusation, or the debt told beside the likeness ("with my name and the amount I owe"); not a loan question after
# a photo ("my friend posted a photo of me on Instagram, how do I repay my loan")
_SHAME_EN = (r"(?:deadbeat|thief|fraud\w*|scam\w*|liar|cheat|dodg\w*|ran off|run off|disappear\w*|vanish\w*|collectors?|agency|wanted|criminal"
             r"|(?:saying|says|said|calling|called|caption\w*|titled?|with|and) (?:\w+ ){0,4}(?:debts?|owe\w*|borrow\w*|loans?|amount))")
_KNOWER_EN = r"(?:we|they|he|she|collectors?|agents?|agency|caller|people)"
_CHILD_EN = r"(?:kids?|sons?|daughters?|child|children|boy|girl|little one)"

_THIRD_CARD_EN = r"\b(?:his|her|their|someones?) (?:own )?(?:personal|private) (?:bank )?(?:card|account|alipay|wechat)\b"
_DEMAND_EN = (r"(?:collectors?|collection|agents?|agency|callers?|overdue|arrears|demand\w*|insist\w*|threat\w*|ordered|or else"
              r"|or (?:they|theyll|we|well|he|hell|she|shell|the court|youll)|otherwise|court|sue|sued|suing|lawsuit|arrest\w*|police"
              r"|(?:not|instead of) (?:through |via |in |to |into )?(?:the )?(?:alipay|jiebei|app|official))")

CUES_EN = (
    ("status", any_of(
        # the borrower reported to a body; a body reached with an outcome or an insult after it (not "they said I should
        # contact the embassy about my visa")
        rf"\b{_THREAT_EN}\b.{{0,30}}\b(?:report|inform on|complain about)\w* (?:me|you|us) (?:\w+ ){{0,3}}{_BODY_EN}\b",
        rf"\b{_THREAT_EN}\b.{{0,30}}\b(?:contact|write to|writing to|email|call|tell|inform|notify|go to)\w* (?:\w+ ){{0,3}}{_BODY_EN}\b"
        rf".{{0,60}}\b(?:{_LOSS_EN}|(?:lose|losing) (?:my|your)|(?:saying|that) (?:im|i am|youre|you are) a)\b",
        # (not a loss supposed: "the collector said if my visa gets cancelled I can't pay")
        rf"\b{_STRONG_EN}\b{_NO_IF_EN}{{0,40}}\b{_PAPERS_EN}\b (?:\w+ ){{0,3}}{_LOSS_EN}\b|\b{_STRONG_EN}\b{_NO_IF_EN}{{0,40}}\b(?:lose|losing) (?:my|your) (?:\w+ )?{_PAPERS_EN}\b")),
    ("veiled", any_of(
        r"\b(?:be|drive|walk|go|get home|ride) (?:very |extra |really )?careful(?:ly)?\b.{0,20}\b(?:on (?:your|the) way home|walking home|going home"
        r"|at night|when you (?:walk|go|get|drive|leave)|after dark|in the dark)\b"
        # (not a warning with its reason: "be careful at night because there were robberies", icy roads)
        r"(?!.{0,40}\b(?:because|since|cause|roads?|robber\w*|thie\w*|ic[ey]|snow\w*|rain\w*|storm\w*|weather|traffic|fog\w*|slippery|flood\w*)\b)")),
    ("child_known", any_of(
        # the knower named: "we" or the collector, not the writer ("I know which school my son goes to")
        rf"\b{_KNOWER_EN} (?:\w+ )?(?:know|knows|knew)\b (?:exactly )?(?:which|what) (?:school|kindergarten|nursery|class|classroom) (?:your|my) (?:\w+ )?{_CHILD_EN}\b",
        rf"\b{_KNOWER_EN} (?:\w+ )?(?:know|knows|knew)\b (?:exactly )?where (?:your|my) (?:\w+ )?{_CHILD_EN}\b (?:goes|go|is|are) (?:to )?(?:school|kindergarten|nursery|class)")),
    ("likeness", any_of(
        rf"\b{_LIKENESS_EN}\b.{{0,60}}\b(?:on|onto|to|across|all over|around on|in) (?:\w+ ){{0,2}}{_PLATFORM_EN}\b.{{0,80}}\b{_SHAME_EN}\b",
        rf"\b{_PLATFORM_EN}\b.{{0,40}}\b{_LIKENESS_EN}\b.{{0,80}}\b{_SHAME_EN}\b")),
    ("contact", any_of(
        r"\b(?:my|our) (?:new |current |old |former )?(?:manager|boss|employer|supervisor|landlord|landlady|hr|team lead|teacher|school|kindergarten"
        r"|nursery|daycare|neighbou?rs?|parents|mum|mom|dad|wife|husband|sister|brother|friends?|colleagues?|coworkers?)\b"
        r" (?:had|has had|got|has got|gets|received|has received|receives|was sent|were sent|have had|have got|have received)"
        r" (?:a |an |some |several |many |multiple )?(?:\w+ )?(?:calls?|messages?|texts?|emails?|voicemails?|voice notes?|letters?|visits?)"
        r" from (?:the |a |an |some |these |those )?(?:\w+ )?(?:collectors?|collection|agency|agents?|lender|debt)")),
    # (mend202: beside a collector or a pay demand, not "my landlord asked for rent into her personal card" nor a mum's
    # "transfer the money into her private account")
    ("fake_legal", any_of(rf"\b{_DEMAND_EN}\b.{{0,80}}{_THIRD_CARD_EN}", rf"{_THIRD_CARD_EN}.{{0,60}}\b{_DEMAND_EN}\b")),
)
