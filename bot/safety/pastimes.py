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
               r"|外卖|奶茶|咖啡|烟|酒|熬夜|夜宵|网购|剁手|超前消费|信用卡|月光|单身|学生时代|宿舍|出租屋|旧手机|旧电脑|这部手机|这台电脑)")
FAREWELL_TO_PASTIME = (rf"(永别|告别|再见|拜拜)(了|吧|啦)?\s?{_PASTIME_ZH}(?!\S{{0,4}}(世界|人间|大家|所有人|你们|这辈子))"
                       rf"|(跟|和|向|对){_PASTIME_ZH}(说)?(一声|声)?(永别|告别|再见|拜拜)(了|吧|啦)?")


__all__ = ["FAREWELL_TO_PASTIME"]
