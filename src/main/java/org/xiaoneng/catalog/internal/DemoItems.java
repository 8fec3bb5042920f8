package org.xiaoneng.catalog.internal;

import static org.xiaoneng.catalog.ItemKind.BENEFIT;
import static org.xiaoneng.catalog.ItemKind.CONFIRMATION;
import static org.xiaoneng.catalog.ItemKind.LEVY;
import static org.xiaoneng.catalog.ItemKind.LICENSING;
import static org.xiaoneng.catalog.ItemKind.OTHER;
import static org.xiaoneng.catalog.ItemKind.PUBLIC_SERVICE;
import static org.xiaoneng.catalog.LimitUnit.NATURAL_DAYS;
import static org.xiaoneng.catalog.LimitUnit.SAME_DAY;
import static org.xiaoneng.catalog.LimitUnit.WORKING_DAYS;
import static org.xiaoneng.catalog.MaterialForm.COPY;
import static org.xiaoneng.catalog.MaterialForm.ORIGINAL;
import static org.xiaoneng.catalog.MaterialForm.ORIGINAL_AND_COPY;
import static org.xiaoneng.catalog.MaterialSource.APPLICANT;
import static org.xiaoneng.catalog.MaterialSource.GOVERNMENT;
import static org.xiaoneng.catalog.MaterialSource.INTERMEDIARY;
import static org.xiaoneng.catalog.internal.DemoItemSpec.item;
import static org.xiaoneng.catalog.internal.DemoItemSpec.task;

import java.util.List;

/**
 * The 示范市 catalog: items of the demo departments with their legal bases, conditions, materials, fees, limits and
 * processes. Most promise far less than the statutory 20 working days, as the plan asks; a few are same-day (即办) or
 * count natural days as their laws do; 建设项目开工联合审查 is handled jointly by three departments in parallel. Two
 * findings are planted for the one-matter-one-department report: 食品卫生许可 (卫生) beside 食品流通许可 (工商), and
 * 户外广告登记 by 工商 although 户外广告设置审批 is 城管's function.
 */
final class DemoItems {

    private static final String LICENSING_LAW = "《中华人民共和国行政许可法》";

    private DemoItems() {
    }

    /** Fee standards: code, name, legal basis, lower bound, upper bound, unit. */
    static final List<String[]> FEE_STANDARDS = List.of(
            new String[] {"SF-GS-01", "营业执照副本工本费", "《国家计委、财政部关于工商行政管理收费标准的通知》（计价格〔1995〕1406号）", "10.00", "10.00", "元/本"},
            new String[] {"SF-GT-01", "土地登记费", "《国家计委、财政部关于土地登记收费及其管理办法》（计价格〔1995〕2226号）", "100.00", "4000.00", "元/宗"},
            new String[] {"SF-GA-01", "居民身份证工本费", "《国家发展改革委、财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）", "20.00", "20.00", "元/证"},
            new String[] {"SF-CG-01", "城市道路占用费", "《城市道路管理条例》第三十七条；《市物价局关于城市道路占用费标准的批复》", "1.00", "5.00", "元/平方米·日"},
            new String[] {"SF-HB-01", "排污费（污水）", "《排污费征收使用管理条例》第十二条；《排污费征收标准管理办法》", "0.70", "1.40", "元/污染当量"},
            new String[] {"SF-JS-01", "城市基础设施配套费", "《市人民政府关于城市基础设施配套费征收管理的规定》；《市物价局、市财政局关于配套费标准的通知》", "50.00", "120.00", "元/平方米"},
            new String[] {"SF-WS-01", "公共场所从业人员健康检查费", "《公共场所卫生管理条例》第七条；《省物价局关于预防性健康检查收费标准的通知》", "20.00", "40.00", "元/人"},
            new String[] {"SF-FG-01", "户口簿工本费", "《国家计委、财政部关于户口簿等证件工本费标准的通知》", "5.00", "8.00", "元/本"});

    static List<DemoItemSpec> items() {
        return List.of(
            // 市商务局
            swj(item("SWJ-XK-001", "SWJ", "外商投资企业设立审批", LICENSING), 2)
                .themes("企业开办", "外商投资").function("SWJ-01")
                .basis("《中华人民共和国外商投资法》", "第四条、第二十八条")
                .basis("《中华人民共和国外商投资法实施条例》", "第三十五条")
                .basis(LICENSING_LAW, "第十二条、第四十二条")
                .condition("投资者为依法设立的外国公司、企业、其他经济组织或者个人")
                .condition("投资项目符合外商投资准入特别管理措施（负面清单）的要求")
                .condition("企业名称已经登记机关预先核准")
                .form("外商投资企业设立申请书")
                .material("投资各方签署的合同、章程")
                .material("投资者的主体资格证明或身份证明", APPLICANT, ORIGINAL_AND_COPY, 1, true, false)
                .material("企业名称预先核准通知书", GOVERNMENT, COPY, 1, true, false)
                .material("法定代表人及董事会成员委派书", APPLICANT, ORIGINAL, 1, true, true)
                .material("经会计师事务所出具的资信证明", INTERMEDIARY, ORIGINAL, 1, false, false)
                .window("商务局窗口（2号）"),
            swj(item("SWJ-XK-002", "SWJ", "外商投资企业变更审批", LICENSING), 2)
                .themes("外商投资").function("SWJ-01")
                .basis("《中华人民共和国外商投资法》", "第四条")
                .basis(LICENSING_LAW, "第四十九条")
                .condition("企业依法存续，变更事项符合外商投资准入特别管理措施")
                .material("外商投资企业变更申请书", APPLICANT, ORIGINAL, 1, true, false)
                .material("董事会关于变更事项的决议")
                .material("原批准证书", GOVERNMENT, ORIGINAL, 1, true, false)
                .material("修改后的合同、章程或修改协议")
                .window("商务局窗口（2号）"),
            item("SWJ-QR-001", "SWJ", "对外贸易经营者备案登记", CONFIRMATION)
                .themes("企业开办", "外商投资").function("SWJ-02")
                .basis("《中华人民共和国对外贸易法》", "第九条")
                .basis("《对外贸易经营者备案登记办法》", "第二条、第六条")
                .condition("已依法办理工商登记或者其他执业手续")
                .material("对外贸易经营者备案登记表", APPLICANT, ORIGINAL, 1, true, false)
                .material("营业执照副本", GOVERNMENT, COPY, 1, true, false)
                .limits(WORKING_DAYS, 5, SAME_DAY, 0)
                .stage("受理办结", task("SWJ-CBB", 0))
                .window("商务局窗口（2号）"),
            swj(item("SWJ-XK-003", "SWJ", "酒类商品批发许可", LICENSING), 5)
                .themes("商贸流通").function("SWJ-04")
                .basis("《酒类流通管理办法》", "第六条、第七条")
                .basis(LICENSING_LAW, "第十二条")
                .condition("有与经营规模相适应的仓储设施和检验条件")
                .condition("有健全的酒类流通随附单管理制度")
                .material("酒类批发经营申请表", APPLICANT, ORIGINAL, 1, true, false)
                .material("营业执照副本", GOVERNMENT, COPY, 1, true, false)
                .material("经营场所和仓储设施的产权证明或租赁合同")
                .material("食品流通许可证", GOVERNMENT, COPY, 1, true, true)
                .workingDays(20, 10),
            swj(item("SWJ-QR-002", "SWJ", "单用途商业预付卡发卡企业备案", CONFIRMATION), 0)
                .themes("商贸流通").function("SWJ-04")
                .basis("《单用途商业预付卡管理办法（试行）》", "第七条、第八条")
                .condition("发卡企业已依法登记，并自开展单用途卡业务之日起30日内备案")
                .material("单用途卡业务备案表", APPLICANT, ORIGINAL, 1, true, false)
                .material("营业执照副本", GOVERNMENT, COPY, 1, true, false)
                .material("单用途卡章程和购卡协议样本", APPLICANT, COPY, 1, true, false)
                .workingDays(20, 3),
            swj(item("SWJ-XK-004", "SWJ", "拍卖企业设立许可", LICENSING), 6)
                .themes("企业开办", "商贸流通").function("SWJ-04")
                .basis("《中华人民共和国拍卖法》", "第十一条、第十二条")
                .basis("《拍卖管理办法》", "第七条")
                .condition("有一百万元人民币以上的注册资本，有自己的名称、组织机构、住所和章程")
                .condition("有与从事拍卖业务相适应的拍卖师和其他工作人员")
                .material("拍卖企业设立申请书", APPLICANT, ORIGINAL, 1, true, false)
                .material("企业章程")
                .material("拍卖师执业资格证书", GOVERNMENT, ORIGINAL_AND_COPY, 1, true, false)
                .material("验资证明", INTERMEDIARY, ORIGINAL, 1, true, false)
                .workingDays(20, 10),

            // 市建设局
            item("JSJ-XK-001", "JSJ", "建筑工程施工许可证核发", LICENSING)
                .themes("工程建设").function("JSJ-02")
                .basis("《中华人民共和国建筑法》", "第七条、第八条")
                .basis("《建筑工程施工许可管理办法》", "第二条、第四条")
                .condition("已经办理该建筑工程用地批准手续，并已取得建设工程规划许可证")
                .condition("已经确定建筑施工企业，有满足施工需要的施工图纸及技术资料")
                .condition("有保证工程质量和安全的具体措施，建设资金已经落实")
                .form("建筑工程施工许可证申请表")
                .material("建设工程规划许可证", GOVERNMENT, COPY, 1, true, false)
                .material("中标通知书及施工合同")
                .material("施工图设计文件审查合格书", INTERMEDIARY, ORIGINAL_AND_COPY, 1, true, false)
                .material("建设资金已经落实承诺书", APPLICANT, ORIGINAL, 1, true, true)
                .limits(WORKING_DAYS, 15, WORKING_DAYS, 5)
                .fee("SF-JS-01", "按建筑面积计收，由财政部门统一收缴")
                .standardProcess(2, 1),
            item("JSJ-XK-002", "JSJ", "房地产开发企业资质核定", LICENSING)
                .themes("企业开办", "工程建设").function("JSJ-03")
                .basis("《城市房地产开发经营管理条例》", "第九条")
                .basis("《房地产开发企业资质管理规定》", "第五条、第九条")
                .condition("有符合规定的注册资本和专业技术人员")
                .material("房地产开发企业资质申报表", APPLICANT, ORIGINAL, 2, true, false)
                .material("营业执照副本", GOVERNMENT, COPY, 1, true, false)
                .material("企业近三年财务报告", INTERMEDIARY, COPY, 1, true, false)
                .material("专业技术人员资格证书和劳动合同", APPLICANT, COPY, 1, true, false)
                .workingDays(20, 10)
                .standardProcess(5, 2),
            item("JSJ-XK-003", "JSJ", "商品房预售许可", LICENSING)
                .themes("工程建设", "民生服务").function("JSJ-03")
                .basis("《中华人民共和国城市房地产管理法》", "第四十五条")
                .basis("《城市商品房预售管理办法》", "第五条、第七条")
                .condition("已交付全部土地使用权出让金，取得土地使用权证书")
                .condition("持有建设工程规划许可证和施工许可证")
                .condition("投入开发建设的资金达到工程建设总投资的百分之二十五以上")
                .material("商品房预售许可申请表", APPLICANT, ORIGINAL, 1, true, false)
                .material("国有土地使用证", GOVERNMENT, COPY, 1, true, false)
                .material("建设工程规划许可证和施工许可证", GOVERNMENT, COPY, 1, true, false)
                .material("工程施工进度证明", APPLICANT, ORIGINAL, 1, true, false)
                .material("商品房预售方案")
                .limits(WORKING_DAYS, 10, WORKING_DAYS, 7)
                .standardProcess(3, 1),
            item("JSJ-LH-001", "JSJ", "建设项目开工联合审查", LICENSING)
                .themes("工程建设").jointWith("GTJ", "HBJ")
                .basis(LICENSING_LAW, "第二十六条、第四十二条")
                .basis("《中华人民共和国建筑法》", "第七条")
                .basis("《中华人民共和国土地管理法》", "第五十二条")
                .basis("《中华人民共和国环境影响评价法》", "第二十五条")
                .condition("建设项目已经立项（审批、核准或备案）")
                .condition("建设用地、规划和环境影响评价手续齐备或同步申报")
                .form("建设项目开工联合审查申请表")
                .material("项目立项批复、核准或备案文件", GOVERNMENT, COPY, 1, true, false)
                .material("建设用地批准书", GOVERNMENT, COPY, 1, true, false)
                .material("环境影响评价文件", INTERMEDIARY, ORIGINAL, 2, true, false)
                .material("施工图设计文件", INTERMEDIARY, ORIGINAL, 2, true, false)
                .limits(WORKING_DAYS, 45, WORKING_DAYS, 20)
                .stage("受理", task("XZFWZX-ZHSL", 1))
                .stage("联合审查", task("JSJ-KY", 8), task("GTJ-KY", 8), task("HBJ-KY", 6))
                .stage("联合决定", task("JSJ-JZ", 3))
                .stage("送达", task("XZFWZX-ZHSL", 1))
                .window("工程建设联合审批窗口"),

            // 市国土资源局
            item("GTJ-XK-001", "GTJ", "建设项目用地预审", LICENSING)
                .themes("工程建设").function("GTJ-01")
                .basis("《中华人民共和国土地管理法》", "第五十二条")
                .basis("《建设项目用地预审管理办法》", "第四条、第九条")
                .condition("建设项目符合土地利用总体规划，用地规模符合标准")
                .material("建设项目用地预审申请表", APPLICANT, ORIGINAL, 1, true, false)
                .material("项目建议书批复或备案文件", GOVERNMENT, COPY, 1, true, false)
                .material("标注项目用地范围的土地利用总体规划图", INTERMEDIARY, ORIGINAL, 1, true, false)
                .workingDays(20, 15)
                .standardProcess(10, 2),
            item("GTJ-QR-001", "GTJ", "国有土地使用权初始登记", CONFIRMATION)
                .themes("工程建设", "不动产").function("GTJ-02")
                .basis("《土地登记办法》", "第二十六条、第二十七条")
                .condition("已依法取得国有建设用地使用权并缴清土地价款")
                .material("土地登记申请书", APPLICANT, ORIGINAL, 1, true, false)
                .material("申请人身份证明")
                .material("国有建设用地使用权出让合同", GOVERNMENT, ORIGINAL_AND_COPY, 1, true, false)
                .material("土地价款缴纳凭证", GOVERNMENT, ORIGINAL_AND_COPY, 1, true, false)
                .material("地籍调查表、宗地图", INTERMEDIARY, ORIGINAL, 1, true, false)
                .workingDays(20, 10)
                .fee("SF-GT-01", "按宗地面积分档计收")
                .standardProcess(5, 2),
            item("GTJ-QR-002", "GTJ", "国有土地使用权变更登记", CONFIRMATION)
                .themes("不动产").function("GTJ-02")
                .basis("《土地登记办法》", "第三十八条")
                .condition("土地使用权人、用途或者权利类型依法发生变更")
                .material("土地登记申请书", APPLICANT, ORIGINAL, 1, true, false)
                .material("原国有土地使用证", GOVERNMENT, ORIGINAL, 1, true, false)
                .material("变更的证明文件")
                .workingDays(20, 7)
                .fee("SF-GT-01", "按宗地面积分档计收")
                .standardProcess(3, 1),
            item("GTJ-XK-002", "GTJ", "采矿许可证核发", LICENSING)
                .themes("工程建设")
                .basis("《中华人民共和国矿产资源法》", "第三条、第十五条")
                .basis("《矿产资源开采登记管理办法》", "第五条")
                .condition("矿区范围已经划定，矿产资源开发利用方案已经审查")
                .material("采矿权申请登记书", APPLICANT, ORIGINAL, 1, true, false)
                .material("矿产资源开发利用方案", INTERMEDIARY, ORIGINAL, 1, true, false)
                .material("矿山地质环境保护与治理恢复方案", INTERMEDIARY, ORIGINAL, 1, true, false)
                .workingDays(20, 15)
                .standardProcess(10, 2)
                .offline(),

            // 市工商局
            item("GSJ-QR-001", "GSJ", "企业设立登记", CONFIRMATION)
                .themes("企业开办").function("GSJ-01")
                .basis("《中华人民共和国公司法》", "第六条、第二十九条")
                .basis("《中华人民共和国公司登记管理条例》", "第二十条、第五十四条")
                .condition("企业名称已经预先核准")
                .condition("有符合章程规定的出资和固定的生产经营场所")
                .form("企业设立登记申请书")
                .material("公司章程")
                .material("股东的主体资格证明或自然人身份证明")
                .material("住所使用证明", APPLICANT, COPY, 1, true, true)
                .material("企业名称预先核准通知书", GOVERNMENT, ORIGINAL, 1, true, false)
                .limits(WORKING_DAYS, 15, WORKING_DAYS, 3)
                .fee("SF-GS-01", "营业执照副本每增加一本计收一次")
                .stage("受理", task("XZFWZX-ZHSL", 0))
                .stage("审核", task("GSJ-DJ", 2))
                .stage("核准发照", task("GSJ-JZ", 1))
                .window("企业开办专窗"),
            item("GSJ-QR-002", "GSJ", "企业变更登记", CONFIRMATION)
                .themes("企业开办").function("GSJ-01")
                .basis("《中华人民共和国公司登记管理条例》", "第二十六条、第二十七条")
                .condition("变更事项已依法作出决议或决定")
                .material("公司变更登记申请书", APPLICANT, ORIGINAL, 1, true, false)
                .material("股东会关于变更事项的决议")
                .material("营业执照正副本", GOVERNMENT, ORIGINAL, 1, true, false)
                .limits(WORKING_DAYS, 15, WORKING_DAYS, 3)
                .stage("受理", task("XZFWZX-ZHSL", 0))
                .stage("审核", task("GSJ-DJ", 2))
                .stage("核准", task("GSJ-JZ", 1))
                .window("企业开办专窗"),
            item("GSJ-QR-003", "GSJ", "企业注销登记", CONFIRMATION)
                .themes("企业开办").function("GSJ-01")
                .basis("《中华人民共和国公司法》", "第一百八十八条")
                .basis("《中华人民共和国公司登记管理条例》", "第四十二条、第四十四条")
                .condition("企业已经依法完成清算")
                .material("公司注销登记申请书", APPLICANT, ORIGINAL, 1, true, false)
                .material("清算报告", APPLICANT, ORIGINAL, 1, true, false)
                .material("税务部门出具的清税证明", GOVERNMENT, ORIGINAL, 1, true, false)
                .material("营业执照正副本", GOVERNMENT, ORIGINAL, 1, true, false)
                .limits(WORKING_DAYS, 15, WORKING_DAYS, 5)
                .stage("受理", task("XZFWZX-ZHSL", 1))
                .stage("审核", task("GSJ-DJ", 3))
                .stage("核准", task("GSJ-JZ", 1))
                .window("企业开办专窗"),
            item("GSJ-XK-001", "GSJ", "食品流通许可证核发", LICENSING)
                .themes("企业开办", "民生服务").function("GSJ-03")
                .basis("《中华人民共和国食品安全法》", "第二十九条")
                .basis("《食品流通许可证管理办法》", "第五条、第十八条")
                .condition("具有与经营的食品品种、数量相适应的经营场所和设施")
                .condition("具有食品安全管理人员和保证食品安全的规章制度")
                .material("食品流通许可申请书", APPLICANT, ORIGINAL, 1, true, false)
                .material("经营场所使用证明")
                .material("食品安全管理制度文本", APPLICANT, ORIGINAL, 1, true, false)
                .material("从业人员健康证明", GOVERNMENT, COPY, 1, true, true)
                .workingDays(20, 10)
                .standardProcess(5, 2),
            item("GSJ-DJ-001", "GSJ", "户外广告登记", CONFIRMATION)
                .themes("城市管理").function("CGJ-02")
                .basis("《广告管理条例》", "第七条")
                .basis("《户外广告登记管理规定》", "第三条、第八条")
                .condition("广告发布单位具有户外广告经营资格")
                .material("户外广告登记申请表", APPLICANT, ORIGINAL, 1, true, false)
                .material("广告设置地点使用权证明")
                .material("广告样稿", APPLICANT, ORIGINAL, 1, true, false)
                .workingDays(20, 7)
                .standardProcess(3, 1),
            item("GSJ-LH-001", "GSJ", "企业开办联合办理", CONFIRMATION)
                .themes("企业开办").jointWith("GAJ")
                .basis("《中华人民共和国公司登记管理条例》", "第三条")
                .basis("《国务院关于国家行政机关和企业事业单位社会团体印章管理的规定》", "第二十三条")
                .condition("企业名称已经预先核准，一次提交设立登记和印章刻制所需材料")
                .material("企业开办联合申请表", APPLICANT, ORIGINAL, 1, true, false)
                .material("公司章程")
                .material("法定代表人身份证", APPLICANT, ORIGINAL_AND_COPY, 1, true, false)
                .limits(WORKING_DAYS, 20, WORKING_DAYS, 3)
                .stage("受理", task("XZFWZX-ZHSL", 0))
                .stage("登记与刻章", task("GSJ-DJ", 2), task("GAJ-KY", 1))
                .stage("统一送达", task("XZFWZX-ZHSL", 1))
                .window("企业开办专窗"),

            // 市卫生局
            item("WSJ-XK-001", "WSJ", "食品卫生许可证核发", LICENSING)
                .themes("企业开办", "民生服务").function("WSJ-01")
                .basis("《中华人民共和国食品卫生法》", "第二十七条")
                .basis("《食品卫生许可证管理办法》", "第九条、第十四条")
                .condition("具有与生产经营的食品品种、数量相适应的场所和设施")
                .condition("从业人员经健康检查合格")
                .material("食品卫生许可证申请书", APPLICANT, ORIGINAL, 1, true, false)
                .material("营业场所平面布局图", APPLICANT, ORIGINAL, 1, true, false)
                .material("从业人员健康证明", GOVERNMENT, COPY, 1, true, true)
                .workingDays(20, 10)
                .standardProcess(5, 2),
            item("WSJ-XK-002", "WSJ", "医疗机构执业登记", LICENSING)
                .themes("民生服务").function("WSJ-02")
                .basis("《医疗机构管理条例》", "第十五条、第十七条")
                .basis("《医疗机构管理条例实施细则》", "第二十五条")
                .condition("已取得设置医疗机构批准书，并按照批准书核准的事项完成建设")
                .material("医疗机构申请执业登记注册书", APPLICANT, ORIGINAL, 1, true, false)
                .material("设置医疗机构批准书", GOVERNMENT, ORIGINAL_AND_COPY, 1, true, false)
                .material("医疗机构用房产权证明或使用证明")
                .material("卫生技术人员名录及执业证书", APPLICANT, COPY, 1, true, false)
                .limits(NATURAL_DAYS, 45, NATURAL_DAYS, 30)
                .standardProcess(15, 3)
                .offline(),
            item("WSJ-XK-003", "WSJ", "公共场所卫生许可", LICENSING)
                .themes("企业开办", "民生服务")
                .basis("《公共场所卫生管理条例》", "第八条")
                .basis("《公共场所卫生管理条例实施细则》", "第二十二条")
                .condition("公共场所的卫生设施和从业人员健康条件符合卫生标准")
                .material("公共场所卫生许可申请表", APPLICANT, ORIGINAL, 1, true, false)
                .material("卫生检测报告", INTERMEDIARY, ORIGINAL, 1, true, false)
                .material("从业人员健康合格证明", GOVERNMENT, COPY, 1, true, false)
                .workingDays(20, 7)
                .fee("SF-WS-01", "从业人员预防性健康检查，按人计收")
                .standardProcess(3, 1),
            item("WSJ-GG-001", "WSJ", "出生医学证明办理", PUBLIC_SERVICE)
                .themes("民生服务")
                .basis("《中华人民共和国母婴保健法》", "第二十三条")
                .basis("《出生医学证明管理办法》", "第六条")
                .condition("新生儿在本市助产机构出生")
                .material("父母双方身份证", APPLICANT, ORIGINAL_AND_COPY, 1, true, false)
                .material("新生儿出生记录", GOVERNMENT, ORIGINAL, 1, true, false)
                .limits(WORKING_DAYS, 5, SAME_DAY, 0)
                .stage("受理办结", task("WSJ-KY", 0))
                .outsideCenter("各助产机构出生医学证明窗口"),

            // 市环保局
            item("HBJ-XK-001", "HBJ", "建设项目环境影响报告书审批", LICENSING)
                .themes("工程建设").function("HBJ-01")
                .basis("《中华人民共和国环境影响评价法》", "第二十二条")
                .basis("《建设项目环境保护管理条例》", "第九条")
                .condition("建设项目符合环境功能区划和污染物排放总量控制要求")
                .material("建设项目环境影响报告书审批申请书", APPLICANT, ORIGINAL, 1, true, false)
                .material("环境影响报告书", INTERMEDIARY, ORIGINAL, 3, true, false)
                .material("专家技术评估意见", INTERMEDIARY, ORIGINAL, 1, true, false)
                .material("公众参与说明", APPLICANT, ORIGINAL, 1, false, false)
                .limits(NATURAL_DAYS, 60, NATURAL_DAYS, 30)
                .standardProcess(15, 3),
            item("HBJ-XK-002", "HBJ", "排污许可证核发", LICENSING)
                .themes("工程建设").function("HBJ-02")
                .basis("《中华人民共和国水污染防治法》", "第二十条")
                .basis("《排污许可管理条例》", "第九条、第十四条")
                .condition("依法取得建设项目环境影响评价审批意见")
                .condition("污染防治设施和排放口符合规范要求")
                .material("排污许可证申请表", APPLICANT, ORIGINAL, 1, true, false)
                .material("自行监测方案", APPLICANT, ORIGINAL, 1, true, false)
                .material("环评批复文件", GOVERNMENT, COPY, 1, true, false)
                .workingDays(20, 12)
                .standardProcess(7, 2),
            item("HBJ-ZS-001", "HBJ", "排污费征收", LEVY)
                .themes("环境保护").function("HBJ-02")
                .basis("《排污费征收使用管理条例》", "第二条、第十二条")
                .basis("《排污费征收标准管理办法》", "第三条")
                .condition("直接向环境排放污染物的单位和个体工商户")
                .material("排污申报登记表", APPLICANT, ORIGINAL, 1, true, false)
                .material("监测数据报告", INTERMEDIARY, ORIGINAL, 1, true, false)
                .workingDays(20, 5)
                .fee("SF-HB-01", "按污染当量数计征，由银行代收")
                .standardProcess(2, 1)
                .outsideCenter("环保局排污收费窗口"),

            // 市公安局
            item("GAJ-QR-001", "GAJ", "居民身份证申领", CONFIRMATION)
                .themes("民生服务").function("GAJ-01")
                .basis("《中华人民共和国居民身份证法》", "第八条、第十条")
                .condition("居住在中华人民共和国境内的年满十六周岁的中国公民，在常住户口所在地申领")
                .material("居民户口簿", GOVERNMENT, ORIGINAL, 1, true, false)
                .material("近期免冠彩色照片", APPLICANT, ORIGINAL, 1, false, false)
                .limits(NATURAL_DAYS, 60, NATURAL_DAYS, 30)
                .fee("SF-GA-01", "首次申领、换领、补领均按此标准")
                .stage("受理", task("GAJ-KY", 1))
                .stage("审核制证", task("GAJ-JZ", 20))
                .stage("发证", task("GAJ-KY", 1))
                .outsideCenter("各派出所户籍窗口"),
            item("GAJ-QR-002", "GAJ", "户口迁移登记", CONFIRMATION)
                .themes("民生服务").function("GAJ-01")
                .basis("《中华人民共和国户口登记条例》", "第十条、第十三条")
                .condition("符合本市户口迁入政策")
                .material("户口迁移申请表", APPLICANT, ORIGINAL, 1, true, false)
                .material("居民户口簿和居民身份证")
                .material("迁入地住房证明")
                .workingDays(20, 5)
                .fee("SF-FG-01", "新立户口簿时收取")
                .standardProcess(2, 1)
                .outsideCenter("各派出所户籍窗口"),
            item("GAJ-XK-001", "GAJ", "印章刻制审批", LICENSING)
                .themes("企业开办")
                .basis("《国务院关于国家行政机关和企业事业单位社会团体印章管理的规定》", "第二十三条")
                .condition("已取得营业执照或者设立批准文件")
                .material("刻制印章申请表", APPLICANT, ORIGINAL, 1, true, false)
                .material("营业执照副本", GOVERNMENT, COPY, 1, true, false)
                .material("法定代表人身份证", APPLICANT, COPY, 1, true, false)
                .workingDays(20, 1)
                .stage("受理审批", task("GAJ-KY", 1)),

            // 市物价局
            item("WJJ-XK-001", "WJJ", "经营服务性收费许可", LICENSING)
                .themes("价格收费").function("WJJ-02")
                .basis("《中华人民共和国价格法》", "第十八条、第二十条")
                .basis("《收费许可证管理办法》", "第五条")
                .condition("收费项目和标准已经价格主管部门依法批准")
                .material("收费许可申请表", APPLICANT, ORIGINAL, 1, true, false)
                .material("收费项目和标准的批准文件", GOVERNMENT, COPY, 1, true, false)
                .material("收费公示方案", APPLICANT, ORIGINAL, 1, true, false)
                .workingDays(20, 10)
                .standardProcess(5, 2),
            item("WJJ-QR-001", "WJJ", "收费许可证年度审验", CONFIRMATION)
                .themes("价格收费").function("WJJ-02")
                .basis("《收费许可证管理办法》", "第十二条")
                .condition("持有有效收费许可证的单位，每年第一季度审验")
                .material("收费许可证年审表", APPLICANT, ORIGINAL, 1, true, false)
                .material("收费许可证正副本", GOVERNMENT, ORIGINAL, 1, true, false)
                .material("上年度收费统计报表", APPLICANT, ORIGINAL, 1, true, false)
                .workingDays(20, 5)
                .standardProcess(2, 1),

            // 市城市管理行政执法局
            item("CGJ-XK-001", "CGJ", "户外广告设置审批", LICENSING)
                .themes("城市管理").function("CGJ-02")
                .basis("《城市市容和环境卫生管理条例》", "第十一条")
                .basis("《市户外广告设置管理办法》", "第八条")
                .condition("设置地点符合户外广告设置规划，设施结构安全")
                .material("户外广告设置申请表", APPLICANT, ORIGINAL, 1, true, false)
                .material("设置效果图及结构安全证明", INTERMEDIARY, ORIGINAL, 1, true, false)
                .material("设置场地使用证明")
                .workingDays(20, 7)
                .stage("受理", task("XZFWZX-ZHSL", 1))
                .stage("现场勘察", task("CGJ-ZFY", 3))
                .stage("决定", task("CGJ-JZ", 2))
                .stage("送达", task("XZFWZX-ZHSL", 1)),
            item("CGJ-XK-002", "CGJ", "临时占用城市道路审批", LICENSING)
                .themes("城市管理", "工程建设").function("CGJ-01")
                .basis("《城市道路管理条例》", "第三十一条、第三十七条")
                .condition("因特殊情况确需临时占用城市道路，且不影响交通安全")
                .material("临时占用城市道路申请表", APPLICANT, ORIGINAL, 1, true, false)
                .material("占道位置平面图", APPLICANT, ORIGINAL, 1, true, false)
                .material("公安交通管理部门意见", GOVERNMENT, ORIGINAL, 1, true, true)
                .workingDays(20, 3)
                .fee("SF-CG-01", "按占用面积和天数计收")
                .stage("受理", task("XZFWZX-ZHSL", 0))
                .stage("审查", task("CGJ-ZFY", 1))
                .stage("决定", task("CGJ-JZ", 1))
                .stage("送达", task("XZFWZX-ZHSL", 1)),
            item("CGJ-XK-003", "CGJ", "城市建筑垃圾处置核准", LICENSING)
                .themes("城市管理", "工程建设").function("CGJ-03")
                .basis("《城市建筑垃圾管理规定》", "第七条")
                .condition("有消纳场的场地证明和运输车辆登记")
                .material("建筑垃圾处置申请表", APPLICANT, ORIGINAL, 1, true, false)
                .material("消纳场地证明", APPLICANT, ORIGINAL, 1, true, false)
                .material("运输车辆行驶证", GOVERNMENT, COPY, 1, true, false)
                .workingDays(20, 5)
                .stage("受理", task("XZFWZX-ZHSL", 1))
                .stage("审查", task("CGJ-ZFY", 2))
                .stage("决定", task("CGJ-JZ", 1))
                .stage("送达", task("XZFWZX-ZHSL", 1)),

            // 市发改委
            item("FGW-XK-001", "FGW", "企业投资项目核准", LICENSING)
                .themes("工程建设").function("FGW-01")
                .basis("《国务院关于投资体制改革的决定》", "第二部分")
                .basis("《企业投资项目核准和备案管理条例》", "第六条、第九条")
                .condition("项目属于政府核准的投资项目目录范围")
                .material("项目申请报告", INTERMEDIARY, ORIGINAL, 3, true, false)
                .material("城乡规划部门的选址意见书", GOVERNMENT, COPY, 1, true, false)
                .material("国土资源部门的用地预审意见", GOVERNMENT, COPY, 1, true, true)
                .workingDays(20, 10)
                .standardProcess(6, 2),

            // 市人事局、市民政（给付）
            item("RSJ-GF-001", "RSJ", "高层次人才安家补贴发放", BENEFIT)
                .themes("民生服务", "人才服务")
                .basis("《市高层次人才引进办法》", "第十二条")
                .condition("经认定的高层次人才，在本市签订五年以上劳动合同")
                .material("安家补贴申请表", APPLICANT, ORIGINAL, 1, true, false)
                .material("人才认定证书", GOVERNMENT, COPY, 1, true, false)
                .material("劳动合同", APPLICANT, COPY, 1, true, false)
                .workingDays(20, 10)
                .standardProcess(5, 2),
            item("RSJ-QT-001", "RSJ", "人事档案托管", OTHER)
                .themes("人才服务")
                .basis("《流动人员人事档案管理暂行规定》", "第四条")
                .condition("与原单位解除劳动关系或未就业的流动人员")
                .material("档案托管申请表", APPLICANT, ORIGINAL, 1, true, false)
                .material("解除劳动关系证明", APPLICANT, COPY, 1, false, false)
                .limits(WORKING_DAYS, 5, SAME_DAY, 0)
                .stage("受理办结", task("RSJ-KY", 0))
        );
    }

    /** 市商务局's usual process: window, 承办岗, 审核岗, 审批岗 (approver1), then the window hands the decision out. */
    private static DemoItemSpec swj(DemoItemSpec item, int handlingDays) {
        return item.stage("受理", task("XZFWZX-ZHSL", 1))
                .stage("审查", task("SWJ-CB", handlingDays))
                .stage("审核", task("SWJ-SH", 1))
                .stage("决定", task("SWJ-SP", 1))
                .stage("送达", task("XZFWZX-ZHSL", 0));
    }
}
