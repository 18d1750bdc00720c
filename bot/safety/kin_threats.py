"""Threats against the borrower's family in vague words (safe39, issue 12), as cue tables read by abuse.py through
collectors.py: "催收说要搞我家人", "说要对付我家里人", "让我家里人不得安宁", "they said they'll deal with my family",
"they'll make my parents pay for it". No violence is named; harm is promised to the family as the debt's price, so
the reply is the abuse one (records, 110, 12378). abuse.py still judges whether it is told (a question about what
collectors may do, "会不会找我家人", "Can they make my parents pay for my loan?", hearsay and negations are not).

The harm verbs are vague (搞, 对付, 收拾, "deal with", "sort out"), so each pattern needs the family as their object and
either a collector, 他们/对方 or a saying verb at the start of the clause (the collector named in the clause before):
a parent's own words ("我妈说要收拾我弟") are family talk, and the verbs alone ("先对付这笔账") are no threat.
"""

from __future__ import annotations

from .clauses import any_of

_FAMILY_ZH = (r"(?:我的?|我们的?)(?:家里人|家人|全家|一家人?|家里|爸妈|父母|老婆孩子|老婆|老公|孩子|爸爸|妈妈|爸|妈|弟弟|妹妹|哥哥|姐姐|弟|妹|哥|姐"
              r"|儿子|女儿|老人|亲戚|家属|老婆和孩子|妻儿|老小)")
_BY_ZH = r"(?:催收|催款|催债|讨债|要债|收债|对方|他们|那边|那个人|那人|那伙人|打电话的人)\S{0,12}(?:说|讲|扬言|放话|威胁|警告|发来|发消息|发短信|发微信)"
_SAID_ZH = r"(?:^|\s)(?:还|又|就|竟然|居然)?(?:说|扬言|放话|威胁|警告)"
_HARM_ZH = (r"(?:要|会|就|准备|打算|去|找人|派人)\S{0,2}(?:搞|对付|收拾|修理|整|教训|招呼|伺候|关照|动)(?:一下|一顿)?" + _FAMILY_ZH +
            r"|让" + _FAMILY_ZH + r"\S{0,6}(?:不得安宁|没(?:有)?好日子过?|付出代价|吃(?:点|些)?苦头|好看|鸡犬不宁|不安生|尝尝\S{0,2}滋味|后悔|遭殃|倒霉|出事|抬不起头|日子不好过)"
            r"|(?:找|跟|和)" + _FAMILY_ZH + r"\S{0,2}(?:算账|没完|过不去)|给" + _FAMILY_ZH + r"\S{0,2}(?:一点|点)?颜色看看"
            r"|" + _FAMILY_ZH + r"\S{0,8}(?:出(?:点|了)?(?:什么)?事|有个三长两短|有什么意外)\S{0,6}(?:别怪|可别|不负责|后果|自负)")

_FAMILY_EN = (r"(?:my|your) (?:whole |entire |little |old |elderly )?(?:family|parents|folks|mum|mom|mother|dad|father|wife|husband|kids|children|son|daughter"
              r"|brother|sister|grandparents|grandma|grandpa|loved ones|wife and kids|family members)\b(?! (?:home|house|address|calls?|numbers?|contacts?|phones?))")
# A menace told after a lawful purpose in the same message (mend54, review55 #5): "...to confirm my address, and they said
# my dad might not wake up tomorrow", "...since he co-signed, and he'd better watch his back". The lawful reading clears
# only its own words; a menace after them cancels it (read as a lookahead inside each exception, folded text).
LATER_MENACE_EN = (r"(?!.*\b(?:watch (?:his|her|your|my|their|our) (?:back|step)|teach (?:\w+ ){1,2}(?:a |some )?lessons?"
                   r"|(?:not|wont|never|will not) (?:\w+ )?wake up|hide|hiding|regret\w*|hurt|accidents?|be careful|careful"
                   r"|(?:something|anything) (?:bad |terrible |unfortunate )?(?:\w+ )?happens?|not (?:be )?safe|danger\w*|suffer\w*"
                   r"|be sorry|pay for (?:it|this|that)|break (?:his|her|your|my|their) \w+|beat\w*|burn\w*|kill\w*|dead|die|disappear\w*"
                   r"|sleep (?:well|at night)|lock (?:the|your|my) doors?)\b)")
# A family member pursued as the loan's co-signer or guarantor is a legal question, not a threat ("they'll go after my
# husband since he co-signed"; mend49, review51); a visit "to verify my address" is a lawful visit (the lookahead above).
_NOT_AS_SURETY = r"(?! (?:since|because|as|who) (?:he|she|they) (?:\w+ )?(?:co ?signed|cosigned|guaranteed|is (?:a |the |my )?(?:co ?signer|cosigner|guarantor))" + LATER_MENACE_EN + ")"
_BY_EN = (r"\b(?:they|collectors?|the collector|agents?|the agent|agency|caller|he|she|the guy|the man|someone)\b.{0,30}?"
          r"\b(?:said|says|saying|told me|tells me|threatened|threatening|warned|warns|texted|messaged|wrote|keep saying|keeps saying)\b")
_HARM_EN = (r"(?:\b|(?<=they)|(?<=he)|(?<=she))(?:will|would|ll|d|are going to|re going to|is going to|gonna|going to|can)\b (?:\w+ )?(?:sort out|deal with|go after|come after"
            r"|pay (?:a )?visit to(?= " + _FAMILY_EN + r"(?! (?:to|and) (?:verify|confirm|check|ask|discuss|talk|deliver|serve)" + LATER_MENACE_EN + r"))|settle (?:things|it|up|the score) with|teach|make (?:life hell for|things hard for)) " + _FAMILY_EN + _NOT_AS_SURETY +
            r"|\bmake " + _FAMILY_EN + r"(?:s)? (?:pay for (?:it|this|that|what)|suffer|regret|sorry|life hell|lives hell)"
            r"|" + _FAMILY_EN + r"\b.{0,12}\b(?:will|would|is going to|are going to|gonna) (?:be dealt with|suffer|regret (?:it|this)|pay for (?:it|this)|be sorry|get hurt)"
            r"|(?:shame|pity) if (?:something|anything) (?:happened|happens|were to happen) to " + _FAMILY_EN + r"|think about " + _FAMILY_EN + r"s? (?:safety|wellbeing)"
            r"|(?:something|anything) (?:might|could|would|will) happen to " + _FAMILY_EN)

CUES_ZH = (
    ("family_threat", any_of(rf"{_BY_ZH}.{{0,16}}?(?:{_HARM_ZH})", rf"{_SAID_ZH}.{{0,10}}?(?:{_HARM_ZH})")),
)
CUES_EN = (
    ("family_threat", any_of(rf"{_BY_EN}.{{0,40}}?(?:{_HARM_EN})", r"(?:^|\s)(?:they|theyll|theyd|he|hell|hed|she|shell|shed)\b.{0,10}?(?:" + _HARM_EN + ")")),
)
