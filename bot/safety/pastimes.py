"""A farewell to a pastime or a habit, not to people or the world (issue 12, safe49): 永别了外卖, 告别王者荣耀, 跟熬夜说再见.
Blanked as an idiom (``FAREWELL_TO_PASTIME``, in idioms.IDIOMS): only the goodbye and its object, so a goodbye to the
world in the same sentence ("永别了王者荣耀 也永别了这个世界") keeps its own words and cue.

(mend62, per review71: safe49's game_deaths, blanking a death near a "game word", and game_beaten, reading 打爆 near one
as a match, were removed: the game words were too common (延迟还款, 人头贷, boss, round) and hid 20 crises and 4 abuse
reports; a death in a game stays a crisis or a check-in, which is the safe side.)
"""

from __future__ import annotations

# A goodbye said to a pastime or a habit (zh): an app, a game, a show, takeaway, staying up, shopping on credit.
_PASTIME_ZH = (r"(我的)?(王者荣耀|王者|吃鸡|原神|英雄联盟|游戏|手游|网游|账号|微博|抖音|快手|小红书|朋友圈|b站|论坛|贴吧|饭圈|追星|直播间"
               r"|花呗|外卖|奶茶|咖啡|烟|酒|熬夜|夜宵|网购|剁手|超前消费|信用卡|月光|单身|学生时代|宿舍|出租屋|旧手机|旧电脑|这部手机|这台电脑)")
# Not when the rest of the clause or the next one says goodbye to the world, people or this life ("永别了朋友圈，这辈子就这样吧",
# "跟朋友圈告别了，这辈子不欠谁了"; review73: the guard could not cross a space or a comma, and the 跟…告别 branch had none).
_NOT_PASTIME_AFTER = (r"(?!.{0,14}?(世界|人间|人世|大家|所有人|你们"
                      r"|这辈子(?!(都|也|再)*(不|别)(再)?(喝|吃|玩|碰|买|刷|点|熬|用|打|下|登|看|追|抽|发))))")
FAREWELL_TO_PASTIME = (rf"(永别|告别|再见|拜拜)(了|吧|啦)?\s?{_PASTIME_ZH}{_NOT_PASTIME_AFTER}"
                       rf"|(跟|和|向|对){_PASTIME_ZH}(说)?(一声|声)?(永别|告别|再见|拜拜)(了|吧|啦)?{_NOT_PASTIME_AFTER}")


__all__ = ["FAREWELL_TO_PASTIME"]
