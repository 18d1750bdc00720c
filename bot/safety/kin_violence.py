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
_HURT_ZH = (r"(?:把我|对我|朝我)?(?:狠狠地?|又|还|就|一直|经常|天天)?"
            r"(?:打(?:了|得)?(?:我|你)(?!\S{0,5}电话|\S{0,3}手机)|把我打|打了(?:我)?一顿|打一顿|揍(?:了)?(?:我|你|一顿)|一顿(?:毒)?打|"
            r"掐(?:了)?(?:我|住我|着我|你)|掐(?:我的?)?脖子|踢(?:了)?(?:我|你)|扇(?:了)?(?:我|你)|(?:扇|抽)(?:了我)?(?:耳光|巴掌)|"
            r"(?:拿|用)(?:刀|菜刀|棍子?|皮带|衣架|板凳|椅子)\S{0,4}(?:打|砍|捅|抽|砸|指着)|家暴|动手打|对我动手|"
            r"打断(?:我|你)的?腿|(?<!也)打死(?:我|你)(?!也)|弄死(?:我|你)|杀了(?:我|你)|鼻青脸肿|打得\S{0,4}(?:青|肿|血|住院|骨折|起不来))")
_COLLECTOR_ZH = r"催收|催款|催债|讨债|要债|收债|追债|他们|对方|那边的人|打手"
_KIN_HURT_ZH = regex(rf"{_KIN_ZH}(?:(?!{_COLLECTOR_ZH})[^。！？!?；;，,]|[，,](?=\S{{0,12}}把我)){{0,20}}?{_HURT_ZH}"
                     rf"|被{_KIN_ZH}\S{{0,4}}(?:打|揍|掐|踢|扇|推倒|家暴)")
_KIN_EN = (r"(?:my|our) (?:own )?(?:husband|wife|boyfriend|girlfriend|partner|fiance|fiancee|ex|ex-husband|ex-wife|"
           r"dad|father|mum|mom|mother|parents|stepfather|stepdad|brother|in-laws|father-in-law|mother-in-law|family)")
_HURT_EN = (r"(?:hit|hits|hitting|beat|beats|beating|beaten|punch(?:ed|es)?|slap(?:ped|s)?|kick(?:ed|s)?|chok(?:ed|es|ing)|"
            r"strangl(?:ed|es|ing)|attack(?:ed|s)|batter(?:ed|s)|(?:threw|throws) \w+ at) (?:me|us|my|you)\b"
            r"|(?:hurt|hurts|hurting|abuses|abused) me|(?:gets|got|is|was) violent|"
            r"(?:threaten(?:ed|s|ing)?|said|says|swore) (?:he|she|they)?\s*(?:would|will|'ll|is going to|was going to|to)?\s*"
            r"(?:kill|hurt|beat) (?:me|you|us)\b|break (?:my|your) (?:legs?|arms?|neck)")
_KIN_HURT_EN = regex(rf"\b{_KIN_EN}\b(?:(?!\b(?:collector|collectors|debt collector)\b)[^.!?;]){{0,40}}?\b{_HURT_EN}"
                     rf"|\b(?:beaten|hit|slapped|kicked|choked|attacked|beaten up) by {_KIN_EN}\b")


def kin_violence(folded: str) -> bool:
    """Whether someone at home hurts or threatens to hurt the writer (module doc); ``folded`` is
    bot.text.normalize'd text."""
    return _KIN_HURT_ZH.search(folded) is not None or _KIN_HURT_EN.search(folded) is not None
