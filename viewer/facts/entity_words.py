"""Hand-kept lexicons for organizations and people: suffixes, titles, surnames, stop words.

All entries are simplified Chinese, because matching runs on the simplified copy of a body.
These are general word lists (kinds of institution, titles, the common surnames), never the
names of particular organizations or people.
"""

from __future__ import annotations


def split_words(text: str) -> list[str]:
    """Lexicons are written as space-separated words to keep them readable."""
    return text.split()


# Organization suffixes -> category. "strong" ones make an organization from any stem of two or
# more characters; "weak" ones also need a proper prefix (a place, or a named body inside).
STRONG_SUFFIXES: dict[str, str] = {
    "大学": "university",
    "学院": "university",
    "研究院": "university",
    "研究所": "university",
    "小学": "school",
    "中学": "school",
    "中心校": "school",
    "幼儿园": "school",
    "医院": "hospital",
    "中医院": "hospital",
    "卫生院": "hospital",
    "保健院": "hospital",
    "集团": "company",
    "公司": "company",
    "有限公司": "company",
    "有限责任公司": "company",
    "局": "government",
    "管委会": "government",
    "领导小组": "government",
    "办公室": "government",
    "中心": "other",
    "分中心": "other",
    "服务中心": "other",
    "协会": "association",
    "学会": "association",
    "校友会": "association",
    "联合会": "association",
    "商会": "association",
    "基金会": "association",
    "红十字会": "association",
    "行政公署": "government",
}
WEAK_SUFFIXES: dict[str, str] = {
    "学校": "school",
    "政府": "government",
    "人民政府": "government",
    "委员会": "government",
    "指挥部": "government",
    "开发区": "government",
    "高新区": "government",
    "政协": "government",
    "工作队": "other",
    "支教队": "other",
    "服务队": "other",
    "服务站": "other",
    "联盟": "association",
    "总工会": "association",
    "研究基地": "other",
    "工作组": "other",
    "工作站": "other",
    "支教团": "other",
    "顾问团": "other",
    "服务团": "other",
    "卫健委": "government",
    "卫生健康委": "government",
    "卫生健康委员会": "government",
    "学部": "university",
    "发改委": "government",
    "部": "government",
    "厅": "government",
    "站": "other",
    "总会": "association",
    "合作社": "cooperative",
}
# Stems that make a weak suffix a name although no place is written in them: a provincial
# department (省农业农村厅, 自治区人力资源和社会保障厅) is named by its level alone.
LEVEL_PREFIXED = {"厅": ("省", "自治区")}
# National ministries and commissions: named bodies without a jurisdiction in front.
MINISTRIES = split_words(
    "教育部 外交部 国防部 财政部 商务部 公安部 民政部 司法部 科技部 科学技术部 工业和信息化部 "
    "人力资源和社会保障部 自然资源部 生态环境部 住房和城乡建设部 交通运输部 水利部 农业农村部 "
    "文化和旅游部 退役军人事务部 应急管理部 国家安全部 审计署 国家发展和改革委员会 国家发改委 "
    "国家卫生健康委员会 国家卫健委 国家民委 国家乡村振兴局 国务院扶贫办 中央组织部 中组部 "
    "中央宣传部 中宣部 中央统战部 中央网信办 全国总工会 共青团中央 全国妇联"
)

# Words that end the stem of a name when reading leftwards from its suffix: verbs and
# function words that introduce an organization but are never part of one.
LEFT_STOPS = frozenset(
    split_words(
        "依托 借助 探索 担任 进入 来到 来自 邀请 聘请 联合 签订 携手 协调 支持 帮助 推动 推进 "
        "加强 依靠 联系 沟通 前往 走进 入驻 成立 设立 建立 共建 搭建 举办 召开 通过 以及 包括 "
        "任职 牵头 会同 委托 授予 获得 荣获 作为 属于 隶属 位于 选派 派出 接收 参加 "
        "参与 出席 带领 率领 陪同 考察 访问 走访 看望 慰问 到访 落实 贯彻 组建 申报 深化 "
        "实施 开展 打造 创建 引进 发挥 同时 目前 已经 正式 积极 主动 分别 "
        "赴 在 向 对 把 被 从 为 是 的 了 将 由 让 给 跟 或 并 等 至 往 以 也 还 已 又 再 "
        "就 所 之 其 该 各 我 你 他 她 们 这 那 即 如 据 有关 相关 有些 一些 多家 多所 "
        "有 既有 还有 也有 其中 到 去 学校"
    )
)
# Building verbs: after a jurisdiction (巴林左旗建设远程医疗中心), after another body (医院建成
# 胸痛中心, 大学合作建设研发中心) or with 了 or 的 (设立了分拨中心, 援建的社区卫生服务中心) they
# introduce something being built or set up, which is a name only when it has a proper part.
BUILDING_VERBS = split_words("建设 新建 建成 援建 改扩建 扩建 改建 捐建 修建 兴建 设立")
# Verbs that set a body up: with 了 or 的 (成立的劳务公司, 成立了劳务公司) the body that follows is
# described, not named, unless a proper part is written in it.
FOUNDING_VERBS = split_words("成立 组建 创办 开办 兴办 筹建 创建 建立 共建")
# Verbs of help and cooperation between two parties. An organization name never runs across
# one: 某省人民医院组团式帮扶某市人民医院 is two names, 某大学合作建设研发中心 ends at 大学.
RELATION_VERBS = tuple(
    sorted(
        split_words(
            "组团式帮扶 帮扶 定点帮扶 对口帮扶 结对帮扶 对口支援 支援 对口 结对 合作 携手 共建 "
            "签约 牵手 联手 协作 援助 援建 资助 捐助 捐赠 托管 领办 挂钩 帮助 指导 对接 联合"
        ),
        key=len,
        reverse=True,
    )
)
# Stems that only say what kind or level of body it is: 县级医院, 三级医院, 乡镇卫生院.
GENERIC_STEMS = frozenset(
    split_words(
        "县级 市级 省级 乡级 村级 区级 州级 国家级 一级 二级 三级 基层 乡镇 各级 上级 公立 民营 "
        "定点 综合 专科 部分 当地 本地 属地 省属 市属 县属 区属 全县 全市 全省 全区 村里 镇上"
    )
)
# Collective words that end in a suffix but name no single body: 中小学, 大中小学.
COLLECTIVES = split_words("大中小学 中小学校 中小学 大中专院校 高等院校 职业院校")

# Conjunctions that end a stem only when a new name (a place) starts right after them:
# 发改与科技局 is one body, 壶关与武汉大学 joins two parties.
CONJUNCTIONS = frozenset("与和及同")

# Two-character words that end in a suffix character but are not organizations.
NUMERAL_CHARS = "0123456789０１２３４５６７８９一二三四五六七八九十百千万两几多余数"
CLASSIFIERS = "个所家名座支位批"

# Titles and roles that are followed by a person's name.
TITLES = tuple(
    sorted(
        split_words(
            "书记 副书记 总书记 第一书记 支书 主任 副主任 教授 副教授 院士 专家 学者 记者 通讯员 "
            "干部 学员 队员 常委 巡视员 调研员 局长 副局长 县长 副县长 市长 副市长 区长 副区长 "
            "镇长 副镇长 乡长 村长 省长 副省长 州长 主席 副主席 校长 副校长 院长 副院长 所长 处长 "
            "科长 站长 部长 副部长 厅长 委员 代表 董事长 总经理 经理 负责人 老师 教师 医生 医师 "
            "护士 村民 居民 农民 队长 组长 社长 会长 理事长 秘书长 研究员 工程师 讲师 博士 硕士 "
            "学生 志愿者 党员 户主 班长 民警 法官 律师 作家 厂长 总裁 创始人 馆长 团长 政委 "
            "主持人 编辑 摄影 网友 市民 游客 员工 职工 技术员 辅导员 指导员 讲解员 村医 园长 "
            "校友 总监 主编 馆员 店主 社员 厨师 司机 园长 股长 专员 参赞 大使 总理 首席 "
            "青年 主任医师 理事长 司长 副司长 领队 行长 董事 理事 副会长 群众 牧民 农户 脱贫户 "
            "种植户 养殖户 带头人"
        ),
        key=len,
        reverse=True,
    )
)
# Titles written after a name (习近平总书记, 张三同志).
TITLES_AFTER = ("总书记", "同志", "院士", "先生", "女士")
# Verbs that follow a quoted or cited speaker.
SPEECH_VERBS = split_words(
    "说 表示 介绍 指出 认为 强调 告诉 坦言 感慨 回忆 笑着说 称 透露 谈到 说道 解释 补充"
)
# Verbs that follow an official named after a title at a meeting (副市长某某出席会议).
ATTEND_VERBS = split_words("出席 主持 参加 陪同 带队 致辞 讲话 会见 一行")
# Verbs after 的 + name that show the name is a person going somewhere (卫生院的某某赴...).
MOTION_VERBS = ("赴", "到", "前往", "来到", "走进", "带领", "带着")
# Characters that end a name on its right: punctuation aside, function words and verbs.
NAME_STOPS = frozenset("说讲等的是为在和与及赴到来去也还就对向把被将已曾正给从作做称")
# Characters that never occur in a given name.
NOT_GIVEN = frozenset("的了是在和与及等为说个们这那也就都而或被把从向对之其所以于上下中里多")

# Common single surnames (the Hundred Family Surnames and today's most frequent ones), minus
# characters that are almost always function words (有, 家, 都, 能, 和, 从...).
SURNAMES = frozenset(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛"
    "奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康"
    "伍余元卜顾孟平黄穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵"
    "季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫房裘缪干解应宗丁"
    "宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲封芮羿储靳汲邴糜松井段富巫乌"
    "焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄"
    "印宿白怀蒲邰鄂索咸籍赖卓蔺屠蒙池乔阴胥苍闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍郤璩桑桂濮牛寿"
    "边扈燕冀郏浦尚农温庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾暨居衡步耿满弘匡国文寇广禄"
    "阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚简饶曾毋沙乜鞠丰巢关蒯相查荆红游竺权逯盖益"
    "桓公仉督晋楚闫法汝鄢涂钦归海岳帅缑亢况琴商牟佘佴伯赏墨哈谯笪年阳佟肖覃付邝冼谌粟仝亓"
    "苑迟谈鲜卿练蓝麦揭宾朴玄"
)
# Surnames that are seldom anything else; the others (高, 常, 文, 马, 向...) start many common
# words, so a name beginning with them needs a firmer context.
UNAMBIGUOUS_SURNAMES = frozenset(
    "赵李吴郑王冯陈褚蒋沈韩杨朱秦尤许何吕张孔曹严魏陶姜戚邹喻窦潘葛奚范彭郎鲁韦俞袁酆鲍史廉"
    "岑薛倪滕殷罗郝邬傅卞康伍卜顾孟穆萧尹姚邵湛汪祁禹狄臧宋茅董梁杜阮闵贾娄郭盛刁钟徐邱骆蔡"
    "樊凌霍虞柯昝卢莫裘缪丁贲邓郁崔龚嵇邢裴翁荀於惠甄芮羿储靳汲邴糜弓隗侯宓蓬郗仲伊栾钭刘詹"
    "韶郜黎蓟薄蒲邰鄂蔺乔胥莘翟谭贡逄姬冉郦雍郤璩濮扈冀郏尚晏瞿阎慕茹宦艾易慎戈廖庾暨衡耿弘"
    "匡寇禄阙殳沃夔厍聂晁敖融訾阚饶毋乜鞠巢蒯竺逯桓仉晋楚闫汝鄢涂钦缑亢牟佘佴赏谯笪佟肖覃"
    "邝冼谌唐熊谢孙胡罗梁韩曾余叶程苏魏任沈姚卢崔钟谭陆范廖夏付孟秦尹段雷史黎贺毛龚钱武戴"
    "汤杜蔡冯曹宋"
)
COMPOUND_SURNAMES = frozenset(
    split_words(
        "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 令狐 慕容 长孙 宇文 司徒 夏侯 端木 轩辕 "
        "西门 独孤 南宫 万俟 闻人 赫连 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 钟离 呼延"
    )
)
# Characters used to transcribe Uyghur, Kazakh, Mongolian and foreign names: the parts of a
# name joined by a middle dot (艾尔肯, 阿卜来海提) are written with these.
TRANSLIT_CHARS = frozenset(
    "阿艾爱安昂敖奥巴拜班邦包保鲍贝本比彼毕别宾波伯博卜布才采苍曹策查察柴昌常超朝车陈成程"
    "赤楚达大代戴丹旦道德登邓迪帝蒂丁东杜顿多朵厄鄂恩尔法凡范方菲费芬丰凤佛夫弗福甫嘎噶盖甘"
    "冈刚高戈哥格根贡古瓜关圭贵哈海亥汗罕杭豪浩合何和赫黑亨洪侯呼胡华怀环黄惠霍基吉加佳嘉贾"
    "江姜杰捷金津晋京景久居巨君俊喀卡凯坎康考柯科可克肯孔库夸奎坤昆拉喇腊莱赖兰朗劳勒雷蕾冷"
    "黎里理力丽利莉连廉良列林琳玲灵铃伦罗洛吕律马玛迈麦曼满芒毛茂梅美门蒙孟米密敏明莫默姆木"
    "穆那纳乃奈南楠内尼年涅宁纽努诺欧帕潘庞佩彭皮平坡珀普齐奇恰钱乔切钦琴青丘曲热仁日荣如茹"
    "儒瑞若撒萨塞赛森沙山善尚舍申什史仕舒斯松苏索塔台太泰坦汤唐特提天田铁廷通图吐托瓦万王旺"
    "威维伟卫温文翁沃乌吾伍武西希锡夏仙贤香祥肖谢辛新兴雄休秀旭雅亚焉延严燕扬杨尧耶叶依伊宜"
    "义易因音英尤由友于玉育元袁约月云扎泽曾詹章昭哲珍真正芝治中钟朱卓兹孜宗祖尕荪买孜甫"
    "来莱赖吾乎麦热合克尤不都逊迪妮娜莎露斐澳欣芭拖铎囊琼嘎旦措卓玛央宗嘉措巴桑次仁顿珠"
)
MAX_DOT_PART = 8
# Last characters of place names (长安镇, 和平村): a given name does not end with them.
PLACE_LAST = frozenset("镇乡村县省市区旗州盟")
# Usual parts of Tibetan and Mongolian personal names, which have no surname: a name is two
# or three of them (次仁卓玛, 多杰才让, 乌云其木格). Longest first so 其木格 wins over 其美.
MINORITY_NAME_PARTS = tuple(
    sorted(
        split_words(
            "扎西 次仁 卓玛 才让 多杰 多吉 达瓦 格桑 央金 旦增 丹增 平措 尼玛 顿珠 拉姆 德吉 索朗 "
            "索南 洛桑 桑吉 东周 巴桑 边巴 普布 罗布 白玛 次旦 群培 曲珍 措姆 德庆 嘉措 加措 仁青 "
            "贡布 才旦 卓嘎 拉巴 米玛 强巴 贡嘎 益西 其美 欧珠 阿旺 央宗 次珍 旺姆 旺堆 琼达 南杰 "
            "更登 尕藏 完玛 华旦 久美 公保 万玛 拉毛 才吉 吉毛 卓尕 措吉 "
            "乌云 其木格 巴特尔 巴图 斯琴 高娃 图雅 那仁 满都拉 苏和 额尔敦 朝鲁 宝音 其其格 萨仁 "
            "格日勒 孟和 布和 阿拉坦 敖登 娜仁 通拉嘎 哈斯 毕力格 特木尔 呼和 巴雅尔 仁钦 道尔吉 "
            "乌力吉 图门 吉雅 塔娜 额尔德尼 达来 苏日娜 其木德"
        ),
        key=len,
        reverse=True,
    )
)
