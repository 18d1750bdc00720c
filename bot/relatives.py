"""A relative's own loan, stated by the relative's family ("我妈妈借呗逾期了", "my wife owes jiebei"):
the writer is not the borrower. bot.slots reads it as the family_liability fear (whether the family
must pay or be affected) when that is asked, and bot.followups_context reads "会打电话给我吗" after it
as a question about contacting the family (cls13; narrowed to liability asked by cls14, review29)."""

from __future__ import annotations

from .patterns import regex

KIN_ZH = (r"(?:妈妈|老妈|我妈|妈|爸爸|老爸|我爸|爸|父母|爸妈|老婆|媳妇|老公|妻子|丈夫|前妻|前夫|爱人|儿子|女儿|孩子|"
           r"弟弟|哥哥|姐姐|妹妹|孙子|孙女|爷爷|奶奶|外公|外婆|姥姥|姥爷|公公|婆婆|岳父|岳母|舅舅|姑姑|阿姨|叔叔)")
_KIN_EN = (r"(?:wife|husband|mom|mum|mother|dad|father|parents?|son|daughter|brother|sister|ex[- ]?wife|ex[- ]?husband|"
           r"grandson|granddaughter|grandma|grandpa|grandmother|grandfather|partner|spouse|uncle|aunt)")
RELATIVES_LOAN = regex(
    rf"(?<![给打找到骂他你尼特])(?:我的?|我家)?{KIN_ZH}(?:的)?(?:借呗|花呗|网贷|贷款|信用卡|微粒贷|白条)?(?:也|已经|都|一直)?(?:逾期|欠了|欠着|欠|没还|还不上)"
    rf"|\bmy {_KIN_EN}(?: s|'s)?\s+(?:\w+\s+){{0,2}}?(?:owes?|owed|is (?:late|overdue|behind)|(?:is |has been |went )?overdue"
    rf"|has (?:an? )?(?:overdue|late|unpaid)|missed (?:(?:a|the|his|her|their) )?(?:payments?|repayments?|instal\w*)(?! on my\b)"
    rf"|hasn ?t (?:re)?paid|didn ?t (?:re)?pay|defaulted)\b")
# A relative already sued ("我妈被起诉了，是她自己的借呗，我要还吗", "my mom was sued over her own
# loan"): a suit told, not feared; asked beside whether the writer must pay, it is the family_liability
# fear like a relative's late loan, not "will they sue my family" (mend47, review46 #4).
RELATIVE_SUED = regex(
    rf"(?<![给打找到骂他你尼特])(?:我的?|我家)?{KIN_ZH}(?:已经|也|都)?(?:被|遭)(?:人)?(?:起诉|告)了"
    rf"|(?<![给打找到骂他你尼特])(?:我的?|我家)?{KIN_ZH}(?:已经|也)?(?:收到|接到)了?(?:法院的?)?(?:传票|起诉书|诉状)"
    rf"|\bmy {_KIN_EN}\s+(?:was|has been|got|is being|have been)\s+sued\b")
# A loan taken out in the writer's name by someone else ("孙子用我名字借的", "my son borrowed in my
# name"), or the writer's loan in a relative's name ("我用我妈的身份证借的"): bot.routing_stated routes
# it, bot.figures names it as a matter the article never covers.
IN_MY_NAME = regex(rf"(?:用|拿|借|冒用|盗用|以)(?:了)?我(?:的)?(?:名字|名义|身份证?|身份信息|证件|手机号?|账号|支付宝)"
                    # ...or the writer's loan in a relative's name ("我用我妈的身份证借的，我妈要负责吗": review29 #10)
                    rf"|(?:用|拿|借|冒用|盗用|以)(?:了)?(?:我的?)?{KIN_ZH}的?(?:名字|名义|身份证?|身份信息|证件|手机号?|账号|支付宝)"
                    r"|\b(?:in|under|using|with) my (?:name|id|identity|id card)\b|\bused my (?:name|id|identity|account|phone)\b")
# Whether the writer must pay or answer for it ("要我还吗", "我要负责吗", "do I have to pay"): only then
# is a relative's loan the family_liability fear (review29 #3), also bot.routing_stated's test.
MINE_TO_PAY = regex(r"负责|要我还|让我还|我要还|我得还|我来还|我还吗|承担|有关系|有没有关系|连带|背债|替(?:他|她)还"
                    r"|\b(?:responsible|liable|liability|have to (?:re)?pay|pay for (?:it|him|her|them)|my problem)\b")
# The writer's own late loan stated ("我借呗逾期了，是因为我妈欠了医药费", "my jiebei is overdue"): a
# relative named beside it is not the borrower (review29 #8).
OWN_LOAN = regex(r"我(?:的|自己的?)?(?:借呗|花呗|网贷|贷款)(?:也|已经|都)?(?:逾期|欠|没还|还不上)|(?<![妈爸婆公子女弟哥姐妹])我(?:也|已经|都)?(?:逾期|欠了|还不上)"
                 r"|\bmy (?:jiebei|huabei|loan|debt)\b|\bi (?:owe|am (?:late|overdue|behind)|missed|have (?:an? )?(?:overdue|late))\b")


def relatives_loan_told(folded: str) -> bool | None:
    """What a normalised message says of whose loan the conversation is about: True for a
    relative's ("我妈妈借呗逾期了", "my wife owes jiebei"), False for the writer's own ("我自己的借呗也
    逾期了", "i owe jiebei too": the writer is a borrower too, whatever was told before), None when it
    says neither (most follow-ups). The Session remembers it (round 13, cls15) so that "会影响我的
    征信吗" two turns later is still asked by the borrower's family, not by the borrower."""
    if OWN_LOAN.search(folded):
        return False
    return True if RELATIVES_LOAN.search(folded) else None


__all__ = ["IN_MY_NAME", "KIN_ZH", "MINE_TO_PAY", "OWN_LOAN", "RELATIVES_LOAN", "RELATIVE_SUED", "relatives_loan_told"]
