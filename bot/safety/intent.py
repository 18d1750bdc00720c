"""The writer's own intent, plan or act, read in the crisis clauses by doubt.py (moved out of doubt.py by safe68 with
no change in behaviour: doubt.py was over 300 lines)."""

from __future__ import annotations

from ..patterns import regex

# The writer's own intent, plan or act in the crisis clauses ("真想从楼上跳下去", "遗书写好了 今晚就走",
# "我现在就站在天台上", "搬家后我就不想活了"): no frame, trip or saying nearby casts doubt on these
# (review of round 8: 论文没写完, 出差回来, 打游戏, 哈哈哈 beside them had sent them to a loan answer).
# Only a past told as over still does ("以前想过不想活，现在好多了").
# A death that is the writer's own, or a made-up person's ("假设有个人走了", "if a borrower dies"): a mind made up beside
# it is the writer's plan. A relative's or a boss's real death ("我爸去世了 … 我想好了 替他还", "老板跑路走了 … 我决定了
# 去起诉") is a decision about the debt (review88: 5 false crisis replies; mend75).
OWN_DEATH_ZH = (r"(?:我|自己)(?:要是|如果|假如|万一|哪天|以后)?(?:死了|死掉|不在了|没了|走了|去世)"
                r"|(?:假设|假如|如果|要是|万一|比如)\S{0,3}(?:有个人|一个人|某人|有人|某个人|借款人|一个借款人|那个人)\S{0,6}(?:死了|死掉|去世|人没了|不在了|过世|走了|没了)")
OWN_DEATH_EN = (r"\b(?:if|when|once|after|say|suppose) (?:i|im|i am) (?:die|died|dead|gone|no longer around|not around)\b"
                r"|\b(?:if|suppose|say|what if|hypothetically|when) (?:someone|somebody|a borrower|a person|a guy|one|a man|a woman)\b.{0,20}\b(?:dies|died|passed away|is gone|were gone|was gone)\b")

INTENT = regex(r"想死|想跳|想自杀|想结束|想了结|想走了|不想活|活不下去|不活了|遗书|遗言|写好了|(今晚|今天|明天|马上|现在|这就|等下)\S{0,3}(走|跳|去死|结束|了断|吃药)"
               r"|站在\S{0,8}(天台|楼顶|顶楼|桥上|江边|河边|海边|窗台)|跳下去|从\S{0,4}(楼上|楼顶|天台|桥上)跳"
               r"|\b(i|im|i am|ive)\b.{0,12}\b(want|wanna|going|gonna|planning|plan|about) to (die|end (it|my life)|kill myself|jump)\b|\bkill myself\b|\bend my life\b"
               r"|\bstanding on (the )?(roof|ledge|bridge)\b|\bwrote (a|my) (note|letter|will)\b"
               # the writer's mind made up right after asking about a death and the debt, told of "a borrower" or "有个人"
               # ("假设有个人走了 他爸妈要替他还吗 我决定了"; safe68): the third person is the writer, not a story heard
               rf"|(?:{OWN_DEATH_ZH}).{{0,40}}(想好了|决定了|我意已决|下定决心)(?=\s|$|了|吧)"
               rf"|(?:{OWN_DEATH_EN}).{{0,60}}\b(asking for (myself|me)|made up my mind|my mind is made up|i(ve| have) decided)\b(?! to\b| (?:we|i|to|that we|that i|he|she|they) (?:will|should|would|shall|can|must)\b)")

__all__ = ["INTENT", "OWN_DEATH_EN", "OWN_DEATH_ZH"]

