"""The words a crisis message uses (moved out of bot/safety/__init__.py, safe54): what a classifier's crisis guess
needs to be believed (``crisis_wording``), and the clauses a crisis found by a reader alone is placed in."""

from __future__ import annotations

from ..patterns import regex
from .despair_en import GO_ON_TO_SOMETHING

# A life with no way left (safe54, issue 12): driven to a dead end, no road or living left, hope all gone, a life
# at its end ("网贷把我逼上绝路了", "走投无路", "没活路了", "人生一点希望都没有", "no way out", "end of the road").
# Only the agreement a classifier's crisis guess needs (and the clauses of a reader's crisis): no rule reads them as
# a crisis alone, so "协商走进死胡同" or "a dead-end job" stay loan questions unless the classifier reads a crisis.
DEAD_END = (r"(绝路|绝境|走投无路|无路可走|穷途末路|没(有)?(活路|生路)|活路都没|被?逼死|一了百了|希望(都|也)没(有)?|(看不到|没有)(任何|一点)(希望|盼头)"
            r"|没(有)?(路|出路)(可行|可走)|不想再(挨|捱|熬|撑|扛)"  # and in Cantonese, read folded ("冇路可行，唔想再捱落去")
            r"|\b(no way out(?! of)|end of the (road|line) for me|nothing (left )?to live for|nowhere (left )?to turn|no hope left|unalive"
            r"|better off without (me|him|her)|(dont|do not) deserve to live|endin'? it all|ending (it all|my story|my life)))")
# Hopelessness said as "no point any more" with nothing named ("i dont see the point anymore"; "whats even the point
# anymore"), or the point of living, life or going on: never a goodbye. A point OF something named ("the point of this
# app anymore", "no point arguing anymore", "no point anymore calling them") is not: the words name what is
# pointless, so "no point anymore" must end its clause (or go on with the debt, "now", "at all"...; review81).
NO_POINT = (r"\b((no|any|the|a|even the) point (any ?more|no more)(?=\s*$|\s*[^\w\s]|\s+(now|at all|lol|tbh|honestly|really|man|bro|lah?|mate|either|in (my )?life|with (all )?(this|the|my|these) (debt|debts|loans?|bills))\b)|point (of|in|to) (living(?=\s*$|\s*[^\w\s]|\s+(anymore|any more|no more|like this|this way|at all|with (all )?(this|the|my|these) (debt|debts|loans?|bills))\b)|life(?! (insurance|policy|cover|savings|plan))|(going on|carrying on|anything|trying)(?=\s*$|\s+(anymore|any more|no more|at all)\b))\b)")

# Words a crisis message uses, for checking the classifier: it may say "crisis" for a message the
# rules do not cover, but only when the message speaks of life, death, despair or self-harm at all
# ("算了", "没意思", "不是这个意思" and questions about prison do not).
# Everyday words ("end this loan early", "move on with my life", "借呗能提前结束吗") do not count.
CRISIS_WORDING = regex(
    r"死|活[着著]|活下去|不想活|不(打算|准备|想再)活(?![动跃儿期页])|这辈子\S{0,3}(到这|到头)|生命|人生(没|毫无|看不到)|绝望|没(有)?希望|解脱|消失|离开(这个)?世界|这个世界|结束(这一切|一切|自己|生命)"
    r"|撑不|熬不|扛不|痛苦|安眠药|农药|吃药|药片|跳(楼|河|江|海|桥|下)|天台|楼顶|桥上|大桥|江边|河边|海边|遗书|遗言|遗嘱|永别|告别"
    r"|(不知道|这样下去)\S{0,6}还有什么意义|活着(还)?有什么意义|(生活|活着|人生|日子)\S{0,4}(没有|没|毫无)(任何)?意义|(日子|生活)\S{0,2}没法过|不想再面对(任何人|所有人)"
    r"|\b(point of (anything|it all) (is )?anymore|whats the point of (living|going on)|no point (in|to) (living|going on))\b"
    r"|想不开|傻事|伤害自己|割腕|\b(die|dead|death|dying|suicid\w*|kill (myself|me)|killing myself|alive|want to live|hopeless"
    r"|worthless|pills?|overdos\w*|jump\w*|bridge|roof|goodbye|farewell|hurt myself|harm myself|disappear|burden|(not|never) wake up"
    rf"|cant go on{GO_ON_TO_SOMETHING}|end (it|my life|everything|things)|take my (own )?life|no (point|reason) (in|to) (living|live|going on))\b"
    + "|" + DEAD_END + "|" + NO_POINT)


# Hopelessness alone (the two kinds above): what lets a crisis that is the classifier's FIRST choice under its floor be
# believed (routing_vet). The wider wording (goodbye, 河边, 安眠药, 压死) does not: there a weak first guess is a look-alike.
HOPELESS = regex(DEAD_END + "|" + NO_POINT)

__all__ = ["CRISIS_WORDING", "HOPELESS"]
