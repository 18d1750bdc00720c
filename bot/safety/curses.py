"""A collector's words that the writer's life is over (safe58, issue 12 round 49), in Chinese (CUES_ZH) and English
(CUES_EN): "催收说我这辈子就到头了", "催收跟我说我这辈子算是完了", "催收讲我下半辈子别想好过了", "催收话我呢世都冇得翻身",
"the collector told me my life is finished", "debt collector said my whole life is over".

No cue read them: they name no violence, no insult word and no exposure, and the learned reader's guess needs a
collector's act beside it (retort.collector_act), which such words are not, so a writer kept awake by them
("吓得我一晚没睡") got no abuse reply. A collector's words to the writer about the writer's whole life are abuse here.

Read only with the collector named (催收, 收数, 平台的人, "collector", "agent"; never a bare 他们/对方/"they": mend72)
as the one who says it, the life named (这辈子, 下半辈子, 一生, "my
life"), and its end said (到头, 完了, 毁了, 别想翻身, "over", "finished", "ruined"), with no one else's words between:
the writer's own despair ("我觉得这辈子完了") and a grandmother's saying are not a collector's words. Whether a match is
told (not asked, feared, heard of or negated) is abuse.py's judgement, as for every cue.
"""

from __future__ import annotations

from .clauses import any_of

# The collector or lender's caller named (mend72: 他们/对方/那个人/那个客服 read a teacher's, a parent's or a service
# agent's words as a collector's, review83 §6); 他们/那边 only after a collector named ("催收他们说…").
_COLLECTOR_ZH = r"(?:(?:催收员|催收的人|催收的|催收|催款的|收数佬|收数的|收数|讨债的|要债的|平台的人|平台的催收)(?:他们|那边|那帮人)?)"
_SAYS_ZH = r"(?:说|讲|骂|咒|告诉我|威胁|放话|吼|喊)"
_LIFE_ZH = r"(?:这辈子|这一辈子|一辈子|下半辈子|后半辈子|下辈子|这一生|一生|这世|呢世|人生|前途)"
_OVER_ZH = (r"(?:到头|完了|完蛋|玩完|毁了|算是完|就完|废了|没救|没希望|没有希望|抬不起头|别想好过|别想翻身|翻不了身|没得翻身|不得翻身|没法翻身"
            r"|别想过好|别想安生|都别想)")
CUES_ZH = (
    ("cursed", any_of(
        rf"{_COLLECTOR_ZH}(?:跟|和|对)?(?:我|你)?{_SAYS_ZH}(?:说)?(?:我|你|我们|你们)?(?:的)?(?:这|整个)?\S{{0,2}}?{_LIFE_ZH}\S{{0,4}}?{_OVER_ZH}",
        rf"{_COLLECTOR_ZH}(?:跟|和|对)?(?:我|你)?{_SAYS_ZH}(?:说)?(?:我|你)\S{{0,2}}?(?:永世不得翻身|一辈子别想翻身|永远别想翻身|这辈子别想|死定了)",
    )),
)

_COLLECTOR_EN = r"(?:(?:debt )?collectors?|collection agents?|agents?|(?:the )?(?:collector|agent)s? (?:guy|man|woman|lady))"
_SAYS_EN = r"(?:told me|tells me|said|says|keeps saying|kept saying|threatened|yelled|shouted|texted|messaged|warned me)"
CUES_EN = (
    ("cursed", any_of(
        rf"\b{_COLLECTOR_EN} {_SAYS_EN} (?:that )?(?:my|your) (?:whole |entire )?(?:life|future) (?:is|was|will be|would be|s) "
        r"(?:over|finished|ruined|done|destroyed|gone)\b",
        rf"\b{_COLLECTOR_EN} {_SAYS_EN} (?:that )?(?:i|you)(?: will|ll| would|d)? never (?:recover|get back on (?:my|your) feet|have a (?:life|future))\b",
    )),
)

__all__ = ["CUES_EN", "CUES_ZH"]
