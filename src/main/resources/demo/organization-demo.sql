-- 示范市 demo organization: departments, functions (with deliberate overlaps for the 清理职能 report), positions with
-- their 职位职责说明 and deputies (AB角), staff (those with accounts are created by the identity module).
-- Run once by DemoDataRunner when organization_department is empty.

INSERT INTO organization_department (code, name, kind, sort_order) VALUES ('SFS', '示范市', 'CITY', 0);

INSERT INTO organization_department (parent_id, code, name, kind, sort_order)
SELECT (SELECT id FROM organization_department WHERE code = 'SFS'), v.code, v.name, 'BUREAU', v.sort_order
  FROM (VALUES ('SWB', '市委办', 10), ('SFB', '市府办', 20), ('SBB', '市编办', 30), ('RSJ', '市人事局', 40),
               ('FZB', '市法制办', 50), ('WJJ', '市物价局', 60), ('FGW', '市发改委', 70), ('CZJ', '市财政局', 80),
               ('SJJ', '市审计局', 90), ('JCJ', '市监察局', 100), ('SWJ', '市商务局', 110),
               ('CGJ', '市城市管理行政执法局', 120), ('XZFWZX', '市行政服务中心', 130), ('JSJ', '市建设局', 140),
               ('GTJ', '市国土资源局', 150), ('GSJ', '市工商局', 160), ('WSJ', '市卫生局', 170),
               ('HBJ', '市环保局', 180), ('GAJ', '市公安局', 190)) AS v(code, name, sort_order);

INSERT INTO organization_department (parent_id, code, name, kind, sort_order)
SELECT (SELECT id FROM organization_department WHERE code = v.parent), v.code, v.name, 'OFFICE', v.sort_order
  FROM (VALUES ('JCJ', 'XNB', '市效能办', 10),
               ('SWJ', 'SWJ-BGS', '办公室', 10), ('SWJ', 'SWJ-WZK', '外资管理科', 20), ('SWJ', 'SWJ-SCK', '市场运行科', 30),
               ('XZFWZX', 'XZFWZX-CK', '综合受理窗口科', 10)) AS v(parent, code, name, sort_order);

-- Staff. Mobile numbers are fictitious.
INSERT INTO organization_staff (name, department_id, employee_number, mobile, account)
SELECT v.name, (SELECT id FROM organization_department WHERE code = v.dept), v.number, v.mobile, v.account
  FROM (VALUES
    ('周立新', 'SFB', 'SF0001', '13905710001', 'admin'),
    ('孙建华', 'SFB', 'SF0002', '13905710002', 'leader1'),
    ('钱文斌', 'SFB', 'SF0003', '13905710003', NULL),
    ('李晓梅', 'XZFWZX', 'ZX0001', '13905710011', 'clerk1'),
    ('马丽娟', 'XZFWZX', 'ZX0002', '13905710012', NULL),
    ('何志强', 'XZFWZX-CK', 'ZX0003', '13905710013', NULL),
    ('罗小燕', 'XZFWZX-CK', 'ZX0004', '13905710014', NULL),
    ('郑国强', 'SWJ', 'SW0001', '13905710021', NULL),
    ('杨静', 'SWJ', 'SW0002', '13905710022', 'approver2'),
    ('陈明', 'SWJ', 'SW0003', '13905710023', 'approver1'),
    ('刘洋', 'SWJ', 'SW0004', '13905710024', 'reviewer1'),
    ('张伟', 'SWJ', 'SW0005', '13905710025', 'handler1'),
    ('王芳', 'SWJ', 'SW0006', '13905710026', 'handler2'),
    ('黄磊', 'SWJ', 'SW0007', '13905710027', 'deptadmin1'),
    ('林晓东', 'SWJ', 'SW0008', '13905710028', NULL),
    ('徐丽', 'SWJ-BGS', 'SW0009', '13905710029', NULL),
    ('高峰', 'SWJ-BGS', 'SW0010', '13905710030', NULL),
    ('谢文', 'SWJ-WZK', 'SW0011', '13905710031', NULL),
    ('韩冰', 'SWJ-WZK', 'SW0012', '13905710032', NULL),
    ('唐亮', 'SWJ-SCK', 'SW0013', '13905710033', NULL),
    ('冯雪', 'SWJ-SCK', 'SW0014', '13905710034', NULL),
    ('吴敏', 'XNB', 'JC0001', '13905710041', 'supervisor1'),
    ('邓卫东', 'JCJ', 'JC0002', '13905710042', NULL),
    ('曹颖', 'JCJ', 'JC0003', '13905710043', NULL),
    ('彭振华', 'XNB', 'JC0004', '13905710044', NULL),
    ('曾凡', 'SWB', 'SB0001', '13905710051', NULL),
    ('萧然', 'SWB', 'SB0002', '13905710052', NULL),
    ('田野', 'SBB', 'BB0001', '13905710053', NULL),
    ('董洁', 'SBB', 'BB0002', '13905710054', NULL),
    ('袁博', 'RSJ', 'RS0001', '13905710055', NULL),
    ('潘玉', 'RSJ', 'RS0002', '13905710056', NULL),
    ('蒋涛', 'FZB', 'FZ0001', '13905710057', NULL),
    ('蔡琳', 'FZB', 'FZ0002', '13905710058', NULL),
    ('余海', 'WJJ', 'WJ0001', '13905710059', NULL),
    ('杜娟', 'WJJ', 'WJ0002', '13905710060', NULL),
    ('叶青', 'FGW', 'FG0001', '13905710061', NULL),
    ('程远', 'FGW', 'FG0002', '13905710062', NULL),
    ('苏敏', 'CZJ', 'CZ0001', '13905710063', NULL),
    ('魏东', 'CZJ', 'CZ0002', '13905710064', NULL),
    ('吕娜', 'SJJ', 'SJ0001', '13905710065', NULL),
    ('丁健', 'SJJ', 'SJ0002', '13905710066', NULL),
    ('任刚', 'CGJ', 'CG0001', '13905710067', NULL),
    ('沈丹', 'CGJ', 'CG0002', '13905710068', NULL),
    ('姜鹏', 'JSJ', 'JS0001', '13905710069', NULL),
    ('范琳', 'JSJ', 'JS0002', '13905710070', NULL),
    ('方正', 'GTJ', 'GT0001', '13905710071', NULL),
    ('石磊', 'GTJ', 'GT0002', '13905710072', NULL),
    ('姚瑶', 'GSJ', 'GS0001', '13905710073', NULL),
    ('谭军', 'GSJ', 'GS0002', '13905710074', NULL),
    ('廖红', 'WSJ', 'WS0001', '13905710075', NULL),
    ('邹凯', 'WSJ', 'WS0002', '13905710076', NULL),
    ('熊伟', 'HBJ', 'HB0001', '13905710077', NULL),
    ('金秀', 'HBJ', 'HB0002', '13905710078', NULL),
    ('陆军', 'GAJ', 'GA0001', '13905710079', NULL),
    ('郝平', 'GAJ', 'GA0002', '13905710080', NULL)
  ) AS v(name, dept, number, mobile, account);

-- Every bureau has a 局长岗 (its head) and a 科员岗; bureaus with a named deputy head also have a 副局长岗.
INSERT INTO organization_position (department_id, code, name, responsibilities)
SELECT d.id, d.code || '-JZ', '局长岗',
       '全面负责' || d.name || '工作；主持局务会议，对本单位职能履行、行政效能和党风廉政建设负总责；签发重要文件和行政决定。'
  FROM organization_department d WHERE d.kind = 'BUREAU';

INSERT INTO organization_position (department_id, code, name, responsibilities)
SELECT d.id, d.code || '-KY', '科员岗',
       '在' || d.name || '承担具体业务工作：受理和初审材料、起草文书、录入和归档，按时限办结交办事项，并做好首问登记。'
  FROM organization_department d WHERE d.kind = 'BUREAU';

INSERT INTO organization_position (department_id, code, name, responsibilities)
SELECT (SELECT id FROM organization_department WHERE code = v.dept), v.code, v.name, v.duties
  FROM (VALUES
    ('SFB', 'SFB-XTGL', '系统管理员', '负责效能平台的账号、角色和参数管理；维护系统安全；定期核验审计日志的完整性。'),
    ('SFB', 'SFB-FSZ', '副市长岗', '分管商务、城建和政务服务工作；听取分管部门汇报，协调跨部门事项，审定重大行政决策。'),
    ('XZFWZX', 'XZFWZX-ZHSL', '综合受理窗口岗', '在行政服务中心综合窗口统一受理申请，当场审查材料，材料不全的一次性告知，出具受理通知书并分送承办部门。'),
    ('XZFWZX', 'XZFWZX-FZR', '副主任岗', '协助主任管理窗口工作，组织窗口人员培训和考勤，处理现场投诉。'),
    ('XZFWZX-CK', 'XZFWZX-CK-KZ', '科长岗', '负责综合受理窗口科的排班、业务指导和办件质量检查。'),
    ('XZFWZX-CK', 'XZFWZX-CK-CKY', '窗口受理员岗', '在综合受理窗口接待申请人，受理、登记和分送申请，答复咨询。'),
    ('SWJ', 'SWJ-FJZ', '副局长岗', '协助局长分管外资、市场运行工作；审批权限内的行政许可事项，局长外出时代为主持工作。'),
    ('SWJ', 'SWJ-SP', '审批岗', '对经审核的行政许可申请作出准予或不予许可的决定，签发许可文书，对审批结果负责。'),
    ('SWJ', 'SWJ-SH', '审核岗', '审核承办岗的初审意见和材料，提出审核意见，发现问题退回补正。'),
    ('SWJ', 'SWJ-CB', '承办岗', '承办外商投资企业设立、变更等许可事项：审查材料、现场核查、提出初审意见，按承诺时限流转。'),
    ('SWJ', 'SWJ-CBB', '承办岗B', '与承办岗互为工作衔接：承办岗人员外出时代为承办其事项，平时承办对外贸易经营者备案登记。'),
    ('SWJ', 'SWJ-ZHGL', '综合管理岗', '负责本局职位、人员和职责说明的维护，管理本局账号申请，组织效能自查。'),
    ('SWJ-BGS', 'SWJ-BGS-ZR', '办公室主任岗', '负责局机关文秘、档案、会务和后勤保障，督办局领导交办事项。'),
    ('SWJ-BGS', 'SWJ-BGS-KY', '科员岗', '办理文件收发、登记和归档，编印工作简报。'),
    ('SWJ-WZK', 'SWJ-WZK-KZ', '科长岗', '负责外商投资项目的引进、审核和服务，统计分析利用外资情况。'),
    ('SWJ-WZK', 'SWJ-WZK-KY', '科员岗', '办理外资企业年度报告和统计，协助项目洽谈。'),
    ('SWJ-WZK', 'SWJ-WZK-KY2', '科员岗（二）', '办理外资项目咨询和资料整理（暂缺）。'),
    ('SWJ-SCK', 'SWJ-SCK-KZ', '科长岗', '负责市场运行监测分析，组织重要商品储备和应急供应。'),
    ('SWJ-SCK', 'SWJ-SCK-KY', '科员岗', '采集生活必需品价格和供应数据，编报市场运行周报。'),
    ('XNB', 'XNB-JC', '效能监察岗', '对各部门办件进行电子监察，发出督办和效能告诫，受理效能投诉并跟踪办理。'),
    ('XNB', 'XNB-ZR', '效能办主任岗', '主持效能办工作，组织效能考评，提出问责建议。'),
    ('JCJ', 'JCJ-FJZ', '副局长岗', '协助局长分管执法监察和纠风工作。'),
    ('CGJ', 'CGJ-ZFY', '执法队员岗', '开展市容和环境卫生巡查，依法查处违法行为，两人以上持证执法。'),
    ('GSJ', 'GSJ-DJ', '登记注册岗', '办理企业设立、变更、注销登记，核发营业执照。')
  ) AS v(dept, code, name, duties);

-- Holders.
UPDATE organization_position p SET holder_staff_id = s.id
  FROM (VALUES
    ('SFB-XTGL', 'SF0001'), ('SFB-FSZ', 'SF0002'), ('SFB-JZ', 'SF0003'),
    ('XZFWZX-ZHSL', 'ZX0001'), ('XZFWZX-JZ', 'ZX0002'), ('XZFWZX-CK-KZ', 'ZX0003'), ('XZFWZX-CK-CKY', 'ZX0004'),
    ('SWJ-JZ', 'SW0001'), ('SWJ-FJZ', 'SW0002'), ('SWJ-SP', 'SW0003'), ('SWJ-SH', 'SW0004'), ('SWJ-CB', 'SW0005'),
    ('SWJ-CBB', 'SW0006'), ('SWJ-ZHGL', 'SW0007'), ('SWJ-KY', 'SW0008'), ('SWJ-BGS-ZR', 'SW0009'),
    ('SWJ-BGS-KY', 'SW0010'), ('SWJ-WZK-KZ', 'SW0011'), ('SWJ-WZK-KY', 'SW0012'), ('SWJ-SCK-KZ', 'SW0013'),
    ('SWJ-SCK-KY', 'SW0014'),
    ('XNB-JC', 'JC0001'), ('JCJ-JZ', 'JC0002'), ('JCJ-FJZ', 'JC0003'), ('XNB-ZR', 'JC0004'),
    ('SWB-JZ', 'SB0001'), ('SWB-KY', 'SB0002'), ('SBB-JZ', 'BB0001'), ('SBB-KY', 'BB0002'),
    ('RSJ-JZ', 'RS0001'), ('RSJ-KY', 'RS0002'), ('FZB-JZ', 'FZ0001'), ('FZB-KY', 'FZ0002'),
    ('WJJ-JZ', 'WJ0001'), ('WJJ-KY', 'WJ0002'), ('FGW-JZ', 'FG0001'), ('FGW-KY', 'FG0002'),
    ('CZJ-JZ', 'CZ0001'), ('CZJ-KY', 'CZ0002'), ('SJJ-JZ', 'SJ0001'), ('SJJ-KY', 'SJ0002'),
    ('CGJ-JZ', 'CG0001'), ('CGJ-ZFY', 'CG0002'), ('JSJ-JZ', 'JS0001'), ('JSJ-KY', 'JS0002'),
    ('GTJ-JZ', 'GT0001'), ('GTJ-KY', 'GT0002'), ('GSJ-JZ', 'GS0001'), ('GSJ-DJ', 'GS0002'),
    ('WSJ-JZ', 'WS0001'), ('WSJ-KY', 'WS0002'), ('HBJ-JZ', 'HB0001'), ('HBJ-KY', 'HB0002'),
    ('GAJ-JZ', 'GA0001'), ('GAJ-KY', 'GA0002')
  ) AS v(position, staff)
  JOIN organization_staff s ON s.employee_number = v.staff
 WHERE p.code = v.position;

-- Deputies (AB角): position → its deputy position. Chains, never cycles.
UPDATE organization_position p SET deputy_position_id = d.id
  FROM (VALUES
    ('SWJ-CB', 'SWJ-CBB'),          -- handler1's position: handler2 stands in
    ('SWJ-SP', 'SWJ-FJZ'),          -- approver1's position: approver2 stands in
    ('SWJ-JZ', 'SWJ-FJZ'),
    ('SWJ-SH', 'SWJ-SP'),
    ('SWJ-ZHGL', 'SWJ-BGS-ZR'),
    ('SWJ-WZK-KY', 'SWJ-WZK-KZ'),
    ('SWJ-SCK-KY', 'SWJ-SCK-KZ'),
    ('SWJ-BGS-KY', 'SWJ-BGS-ZR'),
    ('XZFWZX-ZHSL', 'XZFWZX-CK-CKY'),
    ('XZFWZX-CK-CKY', 'XZFWZX-CK-KZ'),
    ('XNB-JC', 'XNB-ZR'),
    ('JCJ-JZ', 'JCJ-FJZ'),
    ('SFB-JZ', 'SFB-FSZ'),
    ('CGJ-ZFY', 'CGJ-JZ')
  ) AS v(position, deputy)
  JOIN organization_position d ON d.code = v.deputy
 WHERE p.code = v.position;

-- 三定 functions: exactly one lead department each.
INSERT INTO organization_function (code, name, description, lead_department_id)
SELECT v.code, v.name, v.description, (SELECT id FROM organization_department WHERE code = v.dept)
  FROM (VALUES
    ('SWB-01', '市委重要会议组织协调', '负责市委常委会、全委会等重要会议的组织和服务。', 'SWB'),
    ('SWB-02', '市委文件起草与督查', '起草市委文件，督促检查市委决策部署的落实。', 'SWB'),
    ('SFB-01', '市政府公文处理', '负责市政府公文的审核、运转和管理。', 'SFB'),
    ('SFB-02', '政务信息公开', '组织推进政府信息公开，维护政府网站和公开目录。', 'SFB'),
    ('SFB-03', '市政府重点工作督查', '督促检查市政府决定事项和重点工作的落实情况。', 'SFB'),
    ('SBB-01', '机构编制管理', '拟订党政机关、事业单位机构设置和人员编制方案。', 'SBB'),
    ('SBB-02', '部门职能界定与清理', '审核部门"三定"规定，协调解决部门职责交叉。', 'SBB'),
    ('RSJ-01', '公务员录用与考核', '组织公务员考试录用、年度考核和奖惩。', 'RSJ'),
    ('RSJ-02', '工资福利管理', '拟订机关事业单位工资福利和离退休政策并组织实施。', 'RSJ'),
    ('FZB-01', '规范性文件审查与清理', '审查市政府规范性文件的合法性，组织规范性文件清理。', 'FZB'),
    ('FZB-02', '行政复议', '办理以市政府为被申请人的行政复议案件。', 'FZB'),
    ('WJJ-01', '价格监督检查', '查处价格违法行为，组织价格监督检查。', 'WJJ'),
    ('WJJ-02', '行政事业性收费管理', '审核行政事业性收费项目和标准，实行收费公示。', 'WJJ'),
    ('WJJ-03', '价格听证组织', '组织政府定价项目的价格听证。', 'WJJ'),
    ('FGW-01', '固定资产投资项目审批', '审批、核准和备案固定资产投资项目。', 'FGW'),
    ('FGW-02', '国民经济和社会发展规划编制', '组织编制全市国民经济和社会发展中长期规划和年度计划。', 'FGW'),
    ('CZJ-01', '财政预算编制与执行', '编制市级财政预决算草案，组织预算执行。', 'CZJ'),
    ('CZJ-02', '行政事业性收费票据管理', '管理行政事业性收费票据，组织收费资金收缴。', 'CZJ'),
    ('CZJ-03', '政府采购监督管理', '拟订政府采购制度，监督政府采购活动。', 'CZJ'),
    ('SJJ-01', '财政财务收支审计', '对市级预算执行和部门财务收支进行审计监督。', 'SJJ'),
    ('SJJ-02', '经济责任审计', '对领导干部任期和离任经济责任进行审计。', 'SJJ'),
    ('JCJ-01', '行政监察', '监察行政机关及其工作人员履行职责的情况。', 'JCJ'),
    ('JCJ-02', '效能监察与投诉处理', '开展机关效能监察，受理效能投诉，实施效能告诫。', 'JCJ'),
    ('SWJ-01', '外商投资企业设立审批', '审批外商投资企业的设立、变更和合同章程。', 'SWJ'),
    ('SWJ-02', '对外贸易经营者备案登记', '办理对外贸易经营者备案登记。', 'SWJ'),
    ('SWJ-03', '市场运行监测调控', '监测分析市场运行和商品供求状况，组织重要商品储备。', 'SWJ'),
    ('SWJ-04', '商贸流通行业管理', '推进流通体制改革，规范零售、批发和餐饮等商贸行业。', 'SWJ'),
    ('CGJ-01', '城市市容管理', '监督管理城市市容、户外设施和街面秩序。', 'CGJ'),
    ('CGJ-02', '户外广告设置审批', '审批户外广告的设置，查处违法设置行为。', 'CGJ'),
    ('CGJ-03', '城市管理综合执法', '集中行使市容环卫、城市规划、园林绿化等方面的行政处罚权。', 'CGJ'),
    ('XZFWZX-01', '行政审批集中受理', '组织各部门进驻中心集中受理、统一送达行政审批事项。', 'XZFWZX'),
    ('XZFWZX-02', '窗口服务效能管理', '管理进驻窗口和工作人员，考核窗口服务质量。', 'XZFWZX'),
    ('JSJ-01', '城市市容环境管理', '负责城市市容环境和环境卫生的规划与管理。', 'JSJ'),
    ('JSJ-02', '建筑工程施工许可', '核发建筑工程施工许可证，监督施工安全。', 'JSJ'),
    ('JSJ-03', '房地产开发企业资质管理', '审核房地产开发企业资质，规范房地产市场。', 'JSJ'),
    ('GTJ-01', '建设用地审批', '审核建设用地的预审、报批和供地。', 'GTJ'),
    ('GTJ-02', '土地登记', '办理土地使用权的初始、变更和注销登记。', 'GTJ'),
    ('GSJ-01', '企业登记注册', '办理各类企业的设立、变更和注销登记。', 'GSJ'),
    ('GSJ-02', '市场价格监督检查', '查处市场经营活动中的价格欺诈等违法行为。', 'GSJ'),
    ('GSJ-03', '流通环节食品安全监管', '监督管理流通环节的食品安全。', 'GSJ'),
    ('WSJ-01', '食品卫生许可', '核发食品卫生许可证，监督食品生产经营单位卫生状况。', 'WSJ'),
    ('WSJ-02', '医疗机构执业登记', '审批医疗机构设置，办理执业登记。', 'WSJ'),
    ('HBJ-01', '建设项目环境影响评价审批', '审批建设项目环境影响评价文件。', 'HBJ'),
    ('HBJ-02', '排污许可与排污费征收', '核发排污许可证，征收排污费。', 'HBJ'),
    ('HBJ-03', '建筑施工扬尘污染防治', '监督管理建筑施工扬尘污染防治。', 'HBJ'),
    ('GAJ-01', '户籍管理', '办理户口登记、迁移和居民身份证。', 'GAJ'),
    ('GAJ-02', '道路交通安全管理', '维护道路交通秩序，处理交通事故。', 'GAJ')
  ) AS v(code, name, description, dept);

-- Other departments that claim the same function: the overlaps the 清理职能 report must show.
INSERT INTO organization_function_claim (function_id, department_id)
SELECT f.id, d.id
  FROM (VALUES
    ('CGJ-02', 'GSJ'),      -- 户外广告: 工商 also registers outdoor advertising
    ('CGJ-02', 'JSJ'),      -- and 建设 approves the structures
    ('HBJ-03', 'JSJ'),      -- 扬尘: 建设 on building sites
    ('HBJ-03', 'CGJ'),      -- and 城管 on the street
    ('WSJ-01', 'GSJ'),      -- 食品: 卫生 and 工商 both license food businesses
    ('WJJ-01', 'GSJ')       -- 价格检查: 物价 and 工商
  ) AS v(function, dept)
  JOIN organization_function f ON f.code = v.function
  JOIN organization_department d ON d.code = v.dept;
