<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditTrail</name>
    <message>
        <source>audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>%1: the audit head cannot be written</source>
        <translation>%1：无法写入审计链头</translation>
    </message>
    <message>
        <source>the audit trail cannot be read: %1</source>
        <translation>无法读取审计记录：%1</translation>
    </message>
    <message>
        <source>rows %1 to %2 were removed</source>
        <translation>第 %1 至 %2 行已被删除</translation>
    </message>
    <message>
        <source>row %1 does not follow the row before it</source>
        <translation>第 %1 行与前一行不衔接</translation>
    </message>
    <message>
        <source>row %1 was altered</source>
        <translation>第 %1 行已被篡改</translation>
    </message>
    <message>
        <source>no audit head beside the database: a removed tail cannot be detected</source>
        <translation>数据库旁没有审计链头文件：无法发现被截去的末尾记录</translation>
    </message>
    <message>
        <source>the audit head beside the database is unreadable</source>
        <translation>数据库旁的审计链头文件无法读取</translation>
    </message>
    <message>
        <source>rows %1 to %2 were removed from the end</source>
        <translation>末尾第 %1 至 %2 行已被删除</translation>
    </message>
    <message>
        <source>row %1 does not match the audit head</source>
        <translation>第 %1 行与审计链头不符</translation>
    </message>
    <message>
        <source>the audit head lags %1 row(s) behind (the program stopped before updating it)</source>
        <translation>审计链头落后 %1 行（程序在更新它之前停止）</translation>
    </message>
</context>
<context>
    <name>CaseCodec</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2</source>
        <translation>“%1”不是 %2</translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
    <message>
        <source>expected a drug name</source>
        <translation>应为药物名称</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is too long (%1 characters; at most 2000)</source>
        <translation>过长（%1 个字符；最多 2000）</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD)</source>
        <translation>应为日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>应为 %1 至 %2 之间的整数</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help and stop.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>the option --%1 is required</source>
        <translation>必须提供选项 --%1</translation>
    </message>
    <message>
        <source>--as-of: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--as-of：“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Usage: oncocase [--database FILE | --demo] [--lang en|zh_CN]   (opens the window)
       oncocase COMMAND [options]   (no window; COMMAND --help for its options)

Commands:
</source>
        <translation>用法：oncocase [--database 文件 | --demo] [--lang en|zh_CN]   （打开窗口）
      oncocase 命令 [选项]   （不打开窗口；“命令 --help”列出其选项）

命令：
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 ok; 2 the input is wrong (arguments, case file, unknown MRN, not an OncoCase database or a newer one); 1 anything else (locked, I/O error, corruption).
</source>
        <translation>
退出码：0 成功；2 输入有误（参数、病例文件、未知病历号、不是 OncoCase 数据库或来自更新版本）；1 其他错误（被锁定、读写错误、文件损坏）。
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (oncocase --help lists them)</source>
        <translation>未知命令“%1”（oncocase --help 列出全部命令）</translation>
    </message>
    <message>
        <source>Create a demo database (fictional patients).</source>
        <translation>创建演示数据库（虚构患者）。</translation>
    </message>
    <message>
        <source>Back up a database.</source>
        <translation>备份数据库。</translation>
    </message>
    <message>
        <source>Restore a database from a backup.</source>
        <translation>从备份恢复数据库。</translation>
    </message>
    <message>
        <source>Check a database and its audit trail.</source>
        <translation>检查数据库及其审计记录。</translation>
    </message>
    <message>
        <source>%1: the database is in use by another process</source>
        <translation>%1：数据库正被另一进程使用</translation>
    </message>
    <message>
        <source>Write a consistent copy of a database (SQLite backup API).</source>
        <translation>写出数据库的一致副本（SQLite 备份接口）。</translation>
    </message>
    <message>
        <source>The database to back up.</source>
        <translation>要备份的数据库。</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>Overwrite an existing backup file.</source>
        <translation>覆盖已有的备份文件。</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to overwrite it</source>
        <translation>%1 已存在；加 --force 才会覆盖</translation>
    </message>
    <message>
        <source>Backed up %1 patients to %2</source>
        <translation>已将 %1 位患者备份到 %2</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>要恢复的备份。</translation>
    </message>
    <message>
        <source>The database file to write.</source>
        <translation>要写入的数据库文件。</translation>
    </message>
    <message>
        <source>Replace an existing database file.</source>
        <translation>替换已有的数据库文件。</translation>
    </message>
    <message>
        <source>%1: no such backup</source>
        <translation>%1：没有这个备份</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it</source>
        <translation>%1 已存在；加 --force 才会替换</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1：无法写入</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>已从 %2 恢复 %1</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and its audit trail.</source>
        <translation>检查数据库的完整性及其审计记录。</translation>
    </message>
    <message>
        <source>The database to check.</source>
        <translation>要检查的数据库。</translation>
    </message>
    <message>
        <source>Database integrity: %1</source>
        <translation>数据库完整性：%1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Audit trail: %1 rows checked</source>
        <translation>审计记录：已检查 %1 行</translation>
    </message>
    <message>
        <source>Audit trail problem: %1 (first row concerned: %2)</source>
        <translation>审计记录问题：%1（首个涉及的行：%2）</translation>
    </message>
    <message>
        <source>Create a database of fictional demo patients (DEMO-0001 is the Foshan case).</source>
        <translation>创建虚构演示患者的数据库（DEMO-0001 为佛山病例）。</translation>
    </message>
    <message>
        <source>The database file to create.</source>
        <translation>要创建的数据库文件。</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>替换已有的文件。</translation>
    </message>
    <message>
        <source>Also add N synthetic patients.</source>
        <translation>另外加入 N 位合成患者。</translation>
    </message>
    <message>
        <source>Seed of the synthetic patients (default 1).</source>
        <translation>合成患者的随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>--patients: &quot;%1&quot; is not a number of patients</source>
        <translation>--patients：“%1”不是患者人数</translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a whole number</source>
        <translation>--seed：“%1”不是整数</translation>
    </message>
    <message>
        <source>%1 cannot be replaced</source>
        <translation>%1 无法替换</translation>
    </message>
    <message>
        <source>Created %1 with %2 demo and %3 synthetic patients</source>
        <translation>已创建 %1：演示患者 %2 位，合成患者 %3 位</translation>
    </message>
    <message>
        <source>%1 of %2 synthetic patients</source>
        <translation>合成患者 %1 / %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the database is locked by another process (%1)</source>
        <translation>数据库被另一进程锁定（%1）</translation>
    </message>
    <message>
        <source>the database file is damaged (%1)</source>
        <translation>数据库文件已损坏（%1）</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>is empty, not an OncoCase database</source>
        <translation>是空文件，不是 OncoCase 数据库</translation>
    </message>
    <message>
        <source>is not an OncoCase database (not an SQLite file)</source>
        <translation>不是 OncoCase 数据库（不是 SQLite 文件）</translation>
    </message>
    <message>
        <source>is damaged (invalid page size)</source>
        <translation>已损坏（页大小无效）</translation>
    </message>
    <message>
        <source>is truncated or damaged (%1 bytes expected, %2 found)</source>
        <translation>被截断或已损坏（应有 %1 字节，实际 %2 字节）</translation>
    </message>
    <message>
        <source>is an SQLite database but not an OncoCase database</source>
        <translation>是 SQLite 数据库，但不是 OncoCase 数据库</translation>
    </message>
    <message>
        <source>was written by a newer version of OncoCase (schema %1; this program reads up to %2)</source>
        <translation>由更新版本的 OncoCase 写入（结构版本 %1；本程序最高支持 %2）</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>无法创建其所在文件夹</translation>
    </message>
    <message>
        <source>is read-only; nothing was changed</source>
        <translation>为只读文件；未作任何更改</translation>
    </message>
    <message>
        <source>needs upgrading to schema %1; open it once with write access</source>
        <translation>需要升级到结构版本 %1；请以可写方式打开一次</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>升级到结构版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Premenopausal</source>
        <translation>绝经前</translation>
    </message>
    <message>
        <source>Perimenopausal</source>
        <translation>围绝经期</translation>
    </message>
    <message>
        <source>Postmenopausal</source>
        <translation>绝经后</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Child-Pugh A</source>
        <translation>Child-Pugh A 级</translation>
    </message>
    <message>
        <source>Child-Pugh B</source>
        <translation>Child-Pugh B 级</translation>
    </message>
    <message>
        <source>Child-Pugh C</source>
        <translation>Child-Pugh C 级</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>阳性</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>阴性</translation>
    </message>
    <message>
        <source>IHC 0</source>
        <translation>IHC 0</translation>
    </message>
    <message>
        <source>IHC 0 (ultralow)</source>
        <translation>IHC 0（超低表达）</translation>
    </message>
    <message>
        <source>IHC 1+</source>
        <translation>IHC 1+</translation>
    </message>
    <message>
        <source>IHC 2+</source>
        <translation>IHC 2+</translation>
    </message>
    <message>
        <source>IHC 3+</source>
        <translation>IHC 3+</translation>
    </message>
    <message>
        <source>ISH negative</source>
        <translation>ISH 阴性</translation>
    </message>
    <message>
        <source>ISH positive</source>
        <translation>ISH 阳性</translation>
    </message>
    <message>
        <source>ISH not done</source>
        <translation>未做 ISH</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>复发</translation>
    </message>
    <message>
        <source>Progression</source>
        <translation>疾病进展</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>疗效缓解</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>手术</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>放疗</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>局部</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Distant</source>
        <translation>远处转移</translation>
    </message>
    <message>
        <source>Locally advanced, unresectable</source>
        <translation>局部晚期，不可切除</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>影像学</translation>
    </message>
    <message>
        <source>Clinical</source>
        <translation>临床</translation>
    </message>
    <message>
        <source>Pathology</source>
        <translation>病理学</translation>
    </message>
    <message>
        <source>Tumour marker only</source>
        <translation>仅肿瘤标志物</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>骨</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>肺</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>肝</translation>
    </message>
    <message>
        <source>Brain</source>
        <translation>脑</translation>
    </message>
    <message>
        <source>Lymph node</source>
        <translation>淋巴结</translation>
    </message>
    <message>
        <source>Pleura</source>
        <translation>胸膜</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>皮肤</translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation>软组织</translation>
    </message>
    <message>
        <source>Breast</source>
        <translation>乳腺</translation>
    </message>
    <message>
        <source>Chest wall</source>
        <translation>胸壁</translation>
    </message>
    <message>
        <source>Neoadjuvant</source>
        <translation>新辅助</translation>
    </message>
    <message>
        <source>Adjuvant</source>
        <translation>辅助</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>晚期</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Toxicity</source>
        <translation>毒性</translation>
    </message>
    <message>
        <source>Patient choice</source>
        <translation>患者选择</translation>
    </message>
    <message>
        <source>Complete response</source>
        <translation>完全缓解</translation>
    </message>
    <message>
        <source>Partial response</source>
        <translation>部分缓解</translation>
    </message>
    <message>
        <source>Stable disease</source>
        <translation>疾病稳定</translation>
    </message>
    <message>
        <source>Progressive disease</source>
        <translation>疾病进展</translation>
    </message>
    <message>
        <source>Not evaluable</source>
        <translation>不可评价</translation>
    </message>
    <message>
        <source>Mutated</source>
        <translation>突变</translation>
    </message>
    <message>
        <source>Not detected</source>
        <translation>未检出</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Tissue</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Plasma (ctDNA)</source>
        <translation>血浆（ctDNA）</translation>
    </message>
    <message>
        <source>Somatic</source>
        <translation>体细胞</translation>
    </message>
    <message>
        <source>Germline</source>
        <translation>胚系</translation>
    </message>
    <message>
        <source>United States (FDA)</source>
        <translation>美国（FDA）</translation>
    </message>
    <message>
        <source>European Union (EMA)</source>
        <translation>欧盟（EMA）</translation>
    </message>
    <message>
        <source>Mainland China (NMPA)</source>
        <translation>中国内地（NMPA）</translation>
    </message>
    <message>
        <source>Hong Kong / GBA designated hospitals</source>
        <translation>香港／大湾区指定医疗机构</translation>
    </message>
</context>
<context>
    <name>PatientDirectory</name>
    <message>
        <source>patient search</source>
        <translation>患者检索</translation>
    </message>
    <message>
        <source>the stored assessments are not available yet</source>
        <translation>尚无已保存的评估结果</translation>
    </message>
    <message>
        <source>the patient list cannot be sorted by this column</source>
        <translation>患者列表不能按此列排序</translation>
    </message>
    <message>
        <source>patient list</source>
        <translation>患者列表</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>a date is required</source>
        <translation>必须填写日期</translation>
    </message>
    <message>
        <source>%1 is after today (%2)</source>
        <translation>%1 晚于今天（%2）</translation>
    </message>
    <message>
        <source>%1 is outside 0–100 %</source>
        <translation>%1 不在 0–100% 范围内</translation>
    </message>
    <message>
        <source>end is before start</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>the medical record number is required</source>
        <translation>必须填写病历号</translation>
    </message>
    <message>
        <source>is before the birth date</source>
        <translation>早于出生日期</translation>
    </message>
    <message>
        <source>%1 is before 1900</source>
        <translation>%1 早于 1900 年</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid 18-character resident identity number</source>
        <translation>“%1”不是有效的 18 位居民身份证号</translation>
    </message>
    <message>
        <source>grade %1 is not 1, 2 or 3</source>
        <translation>分级 %1 不是 1、2 或 3</translation>
    </message>
    <message>
        <source>an extent belongs to a recurrence only</source>
        <translation>范围只适用于复发事件</translation>
    </message>
    <message>
        <source>at least one drug is required</source>
        <translation>至少需要一种药物</translation>
    </message>
    <message>
        <source>unknown drug &quot;%1&quot;</source>
        <translation>未知药物“%1”</translation>
    </message>
    <message>
        <source>unknown drug &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>未知药物“%1”（是否为“%2”？）</translation>
    </message>
    <message>
        <source>a line number starts at 1</source>
        <translation>线数从 1 开始</translation>
    </message>
    <message>
        <source>the analyte is required</source>
        <translation>必须填写检测项目</translation>
    </message>
    <message>
        <source>%1 is not a valid marker value (must be 0 or more)</source>
        <translation>%1 不是有效的标志物数值（须大于或等于 0）</translation>
    </message>
    <message>
        <source>the upper limit of normal must be more than 0</source>
        <translation>正常值上限须大于 0</translation>
    </message>
    <message>
        <source>the gene is required</source>
        <translation>必须填写基因</translation>
    </message>
    <message>
        <source>the medication name is required</source>
        <translation>必须填写药物名称</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OncoCase</source>
        <translation>OncoCase</translation>
    </message>
    <message>
        <source>The database cannot be opened:
%1</source>
        <translation>无法打开数据库：
%1</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新数据库</translation>
    </message>
    <message>
        <source>A new database was created at
%1

Add the fictional demo patients so you can see every feature?</source>
        <translation>已在以下位置创建新数据库：
%1

是否加入虚构的演示患者，以便查看全部功能？</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>只读数据库</translation>
    </message>
    <message>
        <source>%1 is read-only: you can look, but changes cannot be saved.</source>
        <translation>%1 为只读：可以查看，但无法保存更改。</translation>
    </message>
</context>
<context>
    <name>onco::CaseService</name>
    <message>
        <source>no patient with id %1</source>
        <translation>没有编号为 %1 的患者</translation>
    </message>
    <message>
        <source>patient list</source>
        <translation>患者列表</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>patient: the MRN %1 is already used by another patient</source>
        <translation>患者：病历号 %1 已被另一位患者使用</translation>
    </message>
    <message>
        <source>%1: no patient given</source>
        <translation>%1：未指定患者</translation>
    </message>
    <message>
        <source>%1: no record with id %2</source>
        <translation>%1：没有编号为 %2 的记录</translation>
    </message>
    <message>
        <source>%1: a patient with this MRN already exists (use --replace to replace her record)</source>
        <translation>%1：已有使用此病历号的患者（用 --replace 替换其记录）</translation>
    </message>
</context>
<context>
    <name>onco::MainWindow</name>
    <message>
        <source>About OncoCase</source>
        <translation>关于 OncoCase</translation>
    </message>
    <message>
        <source>&lt;b&gt;OncoCase&lt;/b&gt; %1&lt;br&gt;Knowledge data %2 (last verified %3)&lt;br&gt;&lt;br&gt;For clinical review — not a prescription.</source>
        <translation>&lt;b&gt;OncoCase&lt;/b&gt; %1&lt;br&gt;知识数据 %2（最近核实 %3）&lt;br&gt;&lt;br&gt;供临床审阅——不是处方。</translation>
    </message>
    <message>
        <source>OncoCase — %1</source>
        <translation>OncoCase — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OncoCase</source>
        <translation>关于 OncoCase(&amp;A)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Knowledge %1</source>
        <translation>知识数据 %1</translation>
    </message>
</context>
<context>
    <name>onco::PatientTableModel</name>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>病历号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>拼音/外文名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近修改</translation>
    </message>
</context>
</TS>
