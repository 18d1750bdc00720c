"""Violence from someone at home over the debt (fig72, user70 #4): "老公知道我借呗逾期 把我打得鼻青脸肿",
"借呗逾期被我爸打了一顿", "我妈说再不还就打断我的腿", "my husband beats me because of my jiebei debt".

Such a message had the collectors' abuse reply (12378, court papers, 95188) or no 110 at all. The
person hurting them is no collector: the reply is the abuse topic's family form (template variable
``kin_violence``): their safety first, 110 when in danger and 120 when hurt (outside facts, marked),
then what the article advises on the loan. A collector who hits keeps the collectors' reply: the
family member must be the one doing it (named before the violent words, no collector between), and
a threat said in anger (打断你的腿) is still a threat of violence, answered gently with 110.

Read on normalised text (bot.text.normalize: simplified, lower case). Never a crisis mask: this only
chooses which form of the abuse reply is given, and a crisis in the same message still leads
(bot.routing_kin).
"""

from __future__ import annotations

from ..patterns import regex

# The person at home: partner, parent, sibling, in-law (他妈的 / 你妈 are curses, not a mother).
# The heading of the abuse reply's family form when a loan answer follows it (bot.answer).
LABEL = {"zh": "你的安全", "en": "Your safety"}
_KIN_ZH = (r"(?:(?<![他她你尼泥])(?:我的?)?(?:老公|丈夫|老婆|媳妇|妻子|男朋友|男友|女朋友|女友|对象|前夫|前男友|前妻|爱人|"
           r"爸爸|老爸|爸|妈妈|老妈|妈|父亲|母亲|爸妈|父母|继父|后妈|哥哥|哥|弟弟|姐姐|公公|婆婆|岳父|岳母|丈母娘|老丈人|家里人|家人))")
# Violent words with the writer (or "you", quoted) as the one hurt; 打 never as in 打电话/打算/打工/打车.
# Done: 打我, 打了一顿, 掐, 踢, 扇, 家暴, 鼻青脸肿, a weapon.
_DONE_ZH = (r"(?:把我|对我|朝我)?(?:狠狠地?|又|还|就|一直|经常|天天)?"
            r"(?:打(?:了|得)?(?:我|你)(?!\S{0,5}电话|\S{0,3}手机|\S{0,6}(?:卡|微信|支付宝|账户|帐户|qq|视频|钱|块|元|万|千|百|一笔|借条|欠条))|把我打(?!的(?!\S{0,4}(?:青|肿|血|住院|骨折|起不来)))|把我\S{0,6}?(?:打|揍|踢|掐)(?!电话|算|工|听|扰|针|车|的(?!\S{0,4}(?:青|肿|血|住院|骨折|起不来)))|打了(?:我)?一顿|揍(?:了)?(?:我|你|一顿)|一顿(?:毒)?打|"
            r"掐(?:了)?(?:我|住我|着我|你)|掐(?:我的?)?脖子|踢(?:了)?(?:我|你)|扇(?:了)?(?:我|你)|(?:扇|抽)(?:了我)?(?:耳光|巴掌)|"
            r"(?:拿|用)(?:刀|菜刀|棍子?|皮带|衣架|板凳|椅子)\S{0,4}(?:打|砍|捅|抽|砸|指着)|家暴|动手打|对我动手|"
            r"打[得的]\S{0,4}(?:青|肿|血|住院|骨折|起不来)|鼻青脸肿)")
# Threatened: said (说/威胁/扬言/放话/骂), with paying as the condition or none; "知道了非杀了我不可" (anger
# foreseen) and "再借网贷就打死我" (a scolding about borrowing again) are not told threats (safe12, review21).
# (no collector in between: "我妈说催收威胁要打断我的腿" relays the collector's threat, abuse with 12378; abuse99)
_SAID_ZH = r"(?:说|威胁|扬言|放话|骂|吼|喊)(?:(?!再\S{0,5}(?:借|花)|又借|还敢借|敢再借|催收|催款|催债|讨债|要债|收债|追债|他们|对方|打手)[^。！？!?；;，,]){0,14}?"
_THREAT_ZH = r"(?:打断(?:我|你)的?腿|(?<!也)打死(?:我|你)(?!也)|弄死(?:我|你)|杀了(?:我|你))"
_COLLECTOR_ZH = r"催收|催款|催债|讨债|要债|收债|追债|他们|对方|那边的人|打手"
_BETWEEN_ZH = rf"(?:(?!{_COLLECTOR_ZH})[^。！？!?；;，,]|[，,](?=\S{{0,12}}把我))"
_KIN_HURT_ZH = regex(rf"{_KIN_ZH}{_BETWEEN_ZH}{{0,20}}?{_DONE_ZH}|{_KIN_ZH}(?:(?![他她])[^。！？!?；;，,\s]){{0,6}}?{_SAID_ZH}{_THREAT_ZH}"
                     rf"|(?<![妈爸哥姐弟妹公婆父母子儿女])被{_KIN_ZH}\S{{0,4}}(?:打|揍|掐|踢|扇|推倒|家暴)")  # the writer hit, not 我妈被我爸打 (review91)
# A threat called a joke (the parent's "打死你" laughed off; review28): not told as violence.
_JOKED = regex(r"开玩笑|开个玩笑|逗你|说着玩|哈哈|笑了|\b(?:joking|kidding|jk|lol|haha)\b")
_NOT_JOKE = regex(r"不是(?:在)?开玩笑|没(?:有)?开玩笑|不像(?:是)?(?:在)?开玩笑|\b(?:not|wasnt|isnt|no) (?:joking|kidding|a joke)\b")
_KIN_EN = (r"(?:hubby|(?:my )?bf|(?:my )?gf|(?:my|our) (?:own )?(?:husband|hubby|bf|gf|wife|boyfriend|girlfriend|partner|fiance|fiancee|ex|ex-husband|ex-wife|"
           r"dad|father|mum|mom|mother|parents|stepfather|stepdad|brother|in-laws|father-in-law|mother-in-law|family))")
_HURT_EN = (r"(?:(?:hit|hits|hitting|beat|beats|beating|beaten|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|kick(?:ed|s|ing)?|chok(?:ed|es|ing)|"
            r"strangl(?:ed|es|ing)|attack(?:ed|s)|batter(?:ed|s)|(?:threw|throws) \w+ at) (?:me|us|my|you)\b(?! (?:at|in)\b| up (?:on|via|with|about|to|for)\b)"
            r"|(?:hurt|hurts|hurting|abuses|abused) me|(?:gets|got|is|was|been|has been) violent|"
            r"(?:threaten(?:ed|s|ing)?|said|says|swore) (?:he|she|they)?\s*(?:would|will|'ll|is going to|was going to|to)?\s*"
            r"(?:kill|hurt|beat) (?:me|you|us)\b(?![^.!?]{0,30}\bborrow)|break (?:my|your) (?:legs?|arms?|neck))")
_KIN_HURT_EN = regex(rf"\b{_KIN_EN}\b(?:(?!\b(?:collector|collectors|debt collector)\b)[^.!?;]){{0,40}}?\b{_HURT_EN}"
                     rf"|\b(?:beaten|hit|slapped|kicked|choked|attacked|beaten up) by {_KIN_EN}\b")


_COLLECTORS_TOO = regex(r"催收|催债|讨债|要债|\b(?:debt )?collectors?\b|\bcollection (?:calls?|agents?)\b")


def kin_form(folded: str) -> str:
    """The abuse reply's family form for ``folded`` text: "" (none), "home", or "collectors" when the
    message also speaks of collectors (the form then names 12378 for their harassment too)."""
    if not kin_violence(folded):
        return ""
    return "collectors" if _COLLECTORS_TOO.search(folded) else "home"


def kin_violence(folded: str) -> bool:
    """Whether someone at home hurts or threatens to hurt the writer (module doc); ``folded`` is
    bot.text.normalize'd text."""
    if _KIN_HURT_ZH.search(folded) is None and _KIN_HURT_EN.search(folded) is None:
        return False
    return not _JOKED.search(folded) or _NOT_JOKE.search(folded) is not None
