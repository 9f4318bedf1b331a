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
    <name>Display</name>
    <message>
        <source>%1 mo</source>
        <translation>%1个月</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第%1线</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>支持治疗</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>HER2-positive</source>
        <translation>HER2阳性</translation>
    </message>
    <message>
        <source>HER2-low</source>
        <translation>HER2低表达</translation>
    </message>
    <message>
        <source>HER2-ultralow</source>
        <translation>HER2超低表达</translation>
    </message>
    <message>
        <source>HER2 0</source>
        <translation>HER2 0</translation>
    </message>
    <message>
        <source>ISH needed</source>
        <translation>需做ISH</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Mutated</source>
        <translation>突变</translation>
    </message>
    <message>
        <source>Mutated %1</source>
        <translation>突变 %1</translation>
    </message>
    <message>
        <source>Indeterminate (before the last progression)</source>
        <translation>不确定（早于末次进展）</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Not detected (before the last progression)</source>
        <translation>未检出（早于末次进展）</translation>
    </message>
    <message>
        <source>Not detected</source>
        <translation>未检出</translation>
    </message>
    <message>
        <source>Current (after the progression of %1)</source>
        <translation>有效（在%1的进展之后）</translation>
    </message>
    <message>
        <source>Current (no progression recorded)</source>
        <translation>有效（未记录疾病进展）</translation>
    </message>
    <message>
        <source>Not current: collected before the progression of %1</source>
        <translation>已失效：采样早于%1的进展</translation>
    </message>
    <message>
        <source>Detected: stays valid</source>
        <translation>已检出：持续有效</translation>
    </message>
    <message>
        <source>Germline: does not change</source>
        <translation>胚系：不随进展改变</translation>
    </message>
</context>
<context>
    <name>EnumCombo</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
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
    <name>RegimenTemplates</name>
    <message>
        <source>AI + CDK4/6 inhibitor</source>
        <translation>AI + CDK4/6抑制剂</translation>
    </message>
    <message>
        <source>AI + CDK4/6 inhibitor + goserelin</source>
        <translation>AI + CDK4/6抑制剂 + 戈舍瑞林</translation>
    </message>
    <message>
        <source>Fulvestrant + CDK4/6 inhibitor</source>
        <translation>氟维司群 + CDK4/6抑制剂</translation>
    </message>
    <message>
        <source>Fulvestrant + CDK4/6 inhibitor + goserelin</source>
        <translation>氟维司群 + CDK4/6抑制剂 + 戈舍瑞林</translation>
    </message>
    <message>
        <source>Endocrine therapy</source>
        <translation>内分泌治疗</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation>化疗</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>支持治疗</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>双侧</translation>
    </message>
    <message>
        <source>Invasive ductal carcinoma</source>
        <translation>浸润性导管癌</translation>
    </message>
    <message>
        <source>Invasive lobular carcinoma</source>
        <translation>浸润性小叶癌</translation>
    </message>
    <message>
        <source>Mixed ductal and lobular carcinoma</source>
        <translation>导管小叶混合癌</translation>
    </message>
    <message>
        <source>Mucinous carcinoma</source>
        <translation>黏液癌</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Archive patient</source>
        <translation>归档患者</translation>
    </message>
    <message>
        <source>Restore patient from the archive</source>
        <translation>从归档恢复患者</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>编辑患者</translation>
    </message>
    <message>
        <source>Add diagnosis</source>
        <translation>添加诊断</translation>
    </message>
    <message>
        <source>Edit diagnosis</source>
        <translation>编辑诊断</translation>
    </message>
    <message>
        <source>Delete diagnosis</source>
        <translation>删除诊断</translation>
    </message>
    <message>
        <source>Add biopsy</source>
        <translation>添加活检</translation>
    </message>
    <message>
        <source>Edit biopsy</source>
        <translation>编辑活检</translation>
    </message>
    <message>
        <source>Delete biopsy</source>
        <translation>删除活检</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <source>Add therapy line</source>
        <translation>添加治疗线</translation>
    </message>
    <message>
        <source>Edit therapy line</source>
        <translation>编辑治疗线</translation>
    </message>
    <message>
        <source>Delete therapy line</source>
        <translation>删除治疗线</translation>
    </message>
    <message>
        <source>Add marker result</source>
        <translation>添加标志物结果</translation>
    </message>
    <message>
        <source>Edit marker result</source>
        <translation>编辑标志物结果</translation>
    </message>
    <message>
        <source>Delete marker result</source>
        <translation>删除标志物结果</translation>
    </message>
    <message>
        <source>Add genetic result</source>
        <translation>添加基因检测结果</translation>
    </message>
    <message>
        <source>Edit genetic result</source>
        <translation>编辑基因检测结果</translation>
    </message>
    <message>
        <source>Delete genetic result</source>
        <translation>删除基因检测结果</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>添加合并用药</translation>
    </message>
    <message>
        <source>Edit medication</source>
        <translation>编辑合并用药</translation>
    </message>
    <message>
        <source>Delete medication</source>
        <translation>删除合并用药</translation>
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
    <name>onco::AssessmentTab</name>
    <message>
        <source>Jurisdiction: %1 · Knowledge data %2 (last verified %3)</source>
        <translation>适用地区：%1 · 知识数据 %2（最近核实 %3）</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>The endocrine resistance class with its deciding rule, the oral SERD option cards (elacestrant, imlunestrant) with their criteria, and the testing prompts will be shown here once the assessment has been computed. They are flags for the clinician, never a treatment decision.</source>
        <translation>评估计算完成后，此处将显示内分泌耐药分类及其判定规则、口服SERD选项卡（艾拉司群、imlunestrant）及其各项标准，以及检测提示。这些仅为供临床医生参考的提示，绝非治疗决定。</translation>
    </message>
</context>
<context>
    <name>onco::BiopsyDialog</name>
    <message>
        <source>New biopsy</source>
        <translation>新建活检</translation>
    </message>
    <message>
        <source>Edit biopsy</source>
        <translation>编辑活检</translation>
    </message>
    <message>
        <source>Biopsy &amp;date *</source>
        <translation>活检日期(&amp;D) *</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
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
    <name>onco::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>选择日期（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>onco::DiagnosisDialog</name>
    <message>
        <source>Diagnosis and receptors</source>
        <translation>诊断与受体</translation>
    </message>
    <message>
        <source>Diagnosis &amp;date</source>
        <translation>诊断日期(&amp;D)</translation>
    </message>
    <message>
        <source>Laterality</source>
        <translation>侧别</translation>
    </message>
    <message>
        <source>Histology</source>
        <translation>组织学类型</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>组织学分级</translation>
    </message>
    <message>
        <source>T (AJCC 8)</source>
        <translation>T（AJCC第8版）</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>De novo stage IV</source>
        <translation>初诊IV期</translation>
    </message>
</context>
<context>
    <name>onco::DrugListEdit</name>
    <message>
        <source>&quot;%1&quot; is not in the drug catalogue</source>
        <translation>“%1”不在药物目录中</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the drug catalogue (did you mean %2?)</source>
        <translation>“%1”不在药物目录中（是否为 %2？）</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>方案模板</translation>
    </message>
    <message>
        <source>Fill the drugs from a common regimen</source>
        <translation>按常用方案填入药物</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Drug name, English or Chinese</source>
        <translation>中文或英文药名</translation>
    </message>
    <message>
        <source>Type part of a drug name in English or Chinese (e.g. letro or 来曲), then choose it with Down and Enter, or type the whole name and press Enter</source>
        <translation>输入药名的一部分（中英文均可，如 来曲 或 letro），用↓和回车选择；或输入完整药名后按回车</translation>
    </message>
</context>
<context>
    <name>onco::EventDialog</name>
    <message>
        <source>New event</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>日期(&amp;D) *</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A progression on tumour-marker evidence alone does not count as a progression for the rules (TM-6).</source>
        <translation>仅凭肿瘤标志物判断的进展，在规则中不计为疾病进展（TM-6）。</translation>
    </message>
</context>
<context>
    <name>onco::GeneticResultDialog</name>
    <message>
        <source>choose the result</source>
        <translation>请选择检测结果</translation>
    </message>
    <message>
        <source>a variant is named, but the result is &quot;not detected&quot;</source>
        <translation>已填写变异，但结果为“未检出”</translation>
    </message>
    <message>
        <source>New genetic result</source>
        <translation>新建基因检测结果</translation>
    </message>
    <message>
        <source>Edit genetic result</source>
        <translation>编辑基因检测结果</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>&amp;Collection date *</source>
        <translation>采样日期(&amp;C) *</translation>
    </message>
    <message>
        <source>&amp;Gene *</source>
        <translation>基因(&amp;G) *</translation>
    </message>
    <message>
        <source>&amp;Variant (HGVS p.)</source>
        <translation>变异(&amp;V)（HGVS p.）</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>标本</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>VAF %</source>
        <translation>VAF %</translation>
    </message>
    <message>
        <source>Assay</source>
        <translation>检测方法</translation>
    </message>
    <message>
        <source>e.g. p.D538G</source>
        <translation>如 p.D538G</translation>
    </message>
    <message>
        <source>Not recorded counts as somatic</source>
        <translation>未记录按体细胞计</translation>
    </message>
    <message>
        <source>e.g. Guardant360 CDx</source>
        <translation>如 Guardant360 CDx</translation>
    </message>
</context>
<context>
    <name>onco::GeneticsTab</name>
    <message>
        <source>Latest progression: %1. A result not detected before it is no longer current; a detected mutation stays valid.</source>
        <translation>末次进展：%1。此前未检出的结果已失效；已检出的突变持续有效。</translation>
    </message>
    <message>
        <source>No progression recorded: every result counts as current.</source>
        <translation>未记录疾病进展：所有结果均视为有效。</translation>
    </message>
    <message>
        <source>Genetic results</source>
        <translation>基因检测结果</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>采样日期</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>基因</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>变异</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>标本</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>VAF</source>
        <translation>VAF</translation>
    </message>
    <message>
        <source>Assay</source>
        <translation>检测方法</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>时效性</translation>
    </message>
    <message>
        <source>Add result…</source>
        <translation>添加结果…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>onco::HistoryTab</name>
    <message>
        <source> (not counted as progression, TM-6)</source>
        <translation>（不计为疾病进展，TM-6）</translation>
    </message>
    <message>
        <source>Disease events</source>
        <translation>病程事件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>添加事件…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Biopsies of recurrence or metastasis</source>
        <translation>复发或转移灶活检</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>HER2</source>
        <translation>HER2</translation>
    </message>
    <message>
        <source>Ki-67</source>
        <translation>Ki-67</translation>
    </message>
    <message>
        <source>Add biopsy…</source>
        <translation>添加活检…</translation>
    </message>
</context>
<context>
    <name>onco::LinesTab</name>
    <message>
        <source>strong CYP3A4 inhibitor</source>
        <translation>CYP3A4强抑制剂</translation>
    </message>
    <message>
        <source>moderate CYP3A4 inhibitor</source>
        <translation>CYP3A4中效抑制剂</translation>
    </message>
    <message>
        <source>strong CYP3A4 inducer</source>
        <translation>CYP3A4强诱导剂</translation>
    </message>
    <message>
        <source>moderate CYP3A4 inducer</source>
        <translation>CYP3A4中效诱导剂</translation>
    </message>
    <message>
        <source>%1 (clinician: %2)</source>
        <translation>%1（医生指定：%2）</translation>
    </message>
    <message>
        <source>Progression on %1</source>
        <translation>%1 疾病进展</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>No progression yet</source>
        <translation>尚无疾病进展</translation>
    </message>
    <message>
        <source>No progression recorded on this line</source>
        <translation>本线治疗期间未记录疾病进展</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Lines of therapy</source>
        <translation>治疗线</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线数</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>治疗阶段</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Progression-free</source>
        <translation>无进展时间</translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation>停药原因</translation>
    </message>
    <message>
        <source>Best response</source>
        <translation>最佳疗效</translation>
    </message>
    <message>
        <source>Add line…</source>
        <translation>添加治疗线…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Concomitant medications</source>
        <translation>合并用药</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>CYP3A4 list</source>
        <translation>CYP3A4清单</translation>
    </message>
    <message>
        <source>Add medication…</source>
        <translation>添加合并用药…</translation>
    </message>
    <message>
        <source>On treatment for %1 so far</source>
        <translation>迄今已治疗%1</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>治疗时长</translation>
    </message>
</context>
<context>
    <name>onco::MainWindow</name>
    <message>
        <source>About OncoCase</source>
        <translation>关于 OncoCase</translation>
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
    <message>
        <source>The patient list could not be brought up to date: %1</source>
        <translation>无法更新患者列表：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;OncoCase&lt;/b&gt; %1&lt;br&gt;Knowledge data %2 (last verified %3)&lt;br&gt;&lt;br&gt;Flags for clinical review, never a treatment decision.</source>
        <translation>&lt;b&gt;OncoCase&lt;/b&gt; %1&lt;br&gt;知识数据 %2（最近核实 %3）&lt;br&gt;&lt;br&gt;仅为供临床审阅的提示，绝非治疗决定。</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Restore patient from archive</source>
        <translation>从归档恢复患者(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Archive patient</source>
        <translation>归档患者(&amp;A)</translation>
    </message>
    <message>
        <source>OncoCase — %1 (read-only)</source>
        <translation>OncoCase — %1（只读）</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>新建患者(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>编辑患者(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>查找患者(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Database: %1 (read-only: changes cannot be saved)</source>
        <translation>数据库：%1（只读：无法保存更改）</translation>
    </message>
</context>
<context>
    <name>onco::MarkerDialog</name>
    <message>
        <source>a value is required</source>
        <translation>必须填写数值</translation>
    </message>
    <message>
        <source>New marker result</source>
        <translation>新建标志物结果</translation>
    </message>
    <message>
        <source>Edit marker result</source>
        <translation>编辑标志物结果</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>日期(&amp;D) *</translation>
    </message>
    <message>
        <source>&amp;Marker *</source>
        <translation>标志物(&amp;M) *</translation>
    </message>
    <message>
        <source>&amp;Value *</source>
        <translation>数值(&amp;V) *</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Upper limit (ULN)</source>
        <translation>正常值上限（ULN）</translation>
    </message>
    <message>
        <source>Assay</source>
        <translation>检测方法</translation>
    </message>
    <message>
        <source>e.g. Roche Elecsys</source>
        <translation>如 Roche Elecsys</translation>
    </message>
</context>
<context>
    <name>onco::MarkersTab</name>
    <message>
        <source>Above the upper limit of normal</source>
        <translation>高于正常值上限</translation>
    </message>
    <message>
        <source>Within the upper limit of normal</source>
        <translation>未超过正常值上限</translation>
    </message>
    <message>
        <source>Tumour markers</source>
        <translation>肿瘤标志物</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>标志物</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>ULN</source>
        <translation>ULN</translation>
    </message>
    <message>
        <source>× ULN</source>
        <translation>× ULN</translation>
    </message>
    <message>
        <source>Assay</source>
        <translation>检测方法</translation>
    </message>
    <message>
        <source>Add result…</source>
        <translation>添加结果…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>onco::MedicationDialog</name>
    <message>
        <source>New concomitant medication</source>
        <translation>新建合并用药</translation>
    </message>
    <message>
        <source>Edit concomitant medication</source>
        <translation>编辑合并用药</translation>
    </message>
    <message>
        <source>&amp;Medication *</source>
        <translation>药物(&amp;M) *</translation>
    </message>
    <message>
        <source>&amp;Start *</source>
        <translation>开始(&amp;S) *</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <source>e.g. clarithromycin</source>
        <translation>如 克拉霉素片</translation>
    </message>
    <message>
        <source>Any medicine, as written; it is checked against the CYP3A4 list</source>
        <translation>任何药物，按原样填写；将与CYP3A4清单核对</translation>
    </message>
</context>
<context>
    <name>onco::OverviewTab</name>
    <message>
        <source>diagnosis, %1</source>
        <translation>诊断，%1</translation>
    </message>
    <message>
        <source>biopsy %1, %2</source>
        <translation>活检 %1，%2</translation>
    </message>
    <message>
        <source>%1 (%2 years)</source>
        <translation>%1（%2岁）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Add diagnosis…</source>
        <translation>添加诊断…</translation>
    </message>
    <message>
        <source>No diagnosis recorded.</source>
        <translation>未记录诊断。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>ER differs between the diagnosis and a later biopsy (discordance).</source>
        <translation>诊断与后续活检的ER结果不一致（受体不一致）。</translation>
    </message>
    <message>
        <source>HER2 (positive or not) differs between the diagnosis and a later biopsy (discordance).</source>
        <translation>诊断与后续活检的HER2（阳性与否）不一致（受体不一致）。</translation>
    </message>
    <message>
        <source>No line of therapy is active today.</source>
        <translation>今日无进行中的治疗线。</translation>
    </message>
    <message>
        <source>%1 (day %2)</source>
        <translation>%1（第%2天）</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>拉丁文姓名</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>病历号</translation>
    </message>
    <message>
        <source>Outpatient / inpatient no.</source>
        <translation>门诊号／住院号</translation>
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
        <source>Menopausal status</source>
        <translation>绝经状态</translation>
    </message>
    <message>
        <source>Bilateral oophorectomy</source>
        <translation>双侧卵巢切除</translation>
    </message>
    <message>
        <source>Child-Pugh</source>
        <translation>Child-Pugh</translation>
    </message>
    <message>
        <source>Visceral crisis</source>
        <translation>内脏危象</translation>
    </message>
    <message>
        <source>ID card no.</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Laterality</source>
        <translation>侧别</translation>
    </message>
    <message>
        <source>Histology</source>
        <translation>组织学类型</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>组织学分级</translation>
    </message>
    <message>
        <source>TNM (AJCC 8)</source>
        <translation>TNM（AJCC第8版）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>De novo stage IV</source>
        <translation>初诊IV期</translation>
    </message>
    <message>
        <source>Current receptors</source>
        <translation>当前受体状态</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>HER2</source>
        <translation>HER2</translation>
    </message>
    <message>
        <source>Ki-67</source>
        <translation>Ki-67</translation>
    </message>
    <message>
        <source>Current line of therapy</source>
        <translation>当前治疗线</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线数</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始于</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Endocrine resistance and the oral SERD options appear here once the assessment has been computed.</source>
        <translation>评估计算完成后，此处显示内分泌耐药情况和口服SERD选项。</translation>
    </message>
    <message>
        <source>Due actions</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Testing prompts and other due actions appear here once the assessment has been computed.</source>
        <translation>评估计算完成后，此处显示检测提示和其他待办事项。</translation>
    </message>
</context>
<context>
    <name>onco::PatientDialog</name>
    <message>
        <source>enter the Chinese or the Latin name</source>
        <translation>请填写中文姓名或拉丁文姓名</translation>
    </message>
    <message>
        <source>a date is given, so the answer is yes</source>
        <translation>已填写日期，此项应为“是”</translation>
    </message>
    <message>
        <source>no birth date</source>
        <translation>无出生日期</translation>
    </message>
    <message>
        <source>this MRN is already used by %1</source>
        <translation>此病历号已被 %1 使用</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible duplicate.&lt;/b&gt; A patient with the same name and birth date exists: %1.&lt;br&gt;Check that this is a different person, then press OK again to save.</source>
        <translation>&lt;b&gt;可能重复。&lt;/b&gt;已有同名且出生日期相同的患者：%1。&lt;br&gt;请确认是不同的人，再次点击“确定”即可保存。</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>新建患者</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>编辑患者</translation>
    </message>
    <message>
        <source>&amp;MRN *</source>
        <translation>病历号(&amp;M) *</translation>
    </message>
    <message>
        <source>Outpatient no.</source>
        <translation>门诊号</translation>
    </message>
    <message>
        <source>Inpatient no.</source>
        <translation>住院号</translation>
    </message>
    <message>
        <source>Chinese &amp;name</source>
        <translation>中文姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>&amp;Latin name</source>
        <translation>拉丁文姓名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>ID card no.</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Menopausal s&amp;tatus</source>
        <translation>绝经状态(&amp;T)</translation>
    </message>
    <message>
        <source>Evidence of status</source>
        <translation>绝经状态依据</translation>
    </message>
    <message>
        <source>Bilateral oophorectomy</source>
        <translation>双侧卵巢切除</translation>
    </message>
    <message>
        <source>Oophorectomy date</source>
        <translation>卵巢切除日期</translation>
    </message>
    <message>
        <source>Child-Pugh class</source>
        <translation>Child-Pugh分级</translation>
    </message>
    <message>
        <source>Visceral crisis</source>
        <translation>内脏危象</translation>
    </message>
    <message>
        <source>e.g. age, FSH/E2, amenorrhoea, on goserelin</source>
        <translation>如 年龄、FSH/E2、停经、使用戈舍瑞林</translation>
    </message>
</context>
<context>
    <name>onco::PatientHeader</name>
    <message>
        <source>Edit patient…</source>
        <translation>编辑患者…</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>从归档恢复</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation>病历号 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n岁</numerusform>
        </translation>
    </message>
    <message>
        <source>menopausal status not recorded</source>
        <translation>未记录绝经状态</translation>
    </message>
    <message>
        <source>%1: %2, day %3</source>
        <translation>%1：%2，第%3天</translation>
    </message>
    <message>
        <source>no active line</source>
        <translation>无进行中的治疗线</translation>
    </message>
</context>
<context>
    <name>onco::PatientListModel</name>
    <message>
        <source>Advanced</source>
        <translation>晚期</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>病历号</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>病情</translation>
    </message>
    <message>
        <source>Current line</source>
        <translation>当前治疗线</translation>
    </message>
    <message>
        <source>ESR1</source>
        <translation>ESR1</translation>
    </message>
    <message>
        <source>Oral SERD</source>
        <translation>口服SERD</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近修改</translation>
    </message>
</context>
<context>
    <name>onco::PatientListPanel</name>
    <message>
        <source>Search failed: %1</source>
        <translation>检索失败：%1</translation>
    </message>
    <message>
        <source>Patients: %1</source>
        <translation>患者：%1</translation>
    </message>
    <message>
        <source>%1 of %2 patients</source>
        <translation>%1／%2 位患者</translation>
    </message>
    <message>
        <source>Search: 张伟, zhangwei, zw, Latin name or MRN</source>
        <translation>检索：张伟、zhangwei、zw、拉丁文姓名或病历号</translation>
    </message>
    <message>
        <source>Type a Chinese name, its pinyin (with or without spaces), its initials, a Latin name or a number. Down or Enter moves to the list.</source>
        <translation>可输入中文姓名、拼音（带或不带空格）、拼音首字母、拉丁文姓名或号码。按↓或回车进入列表。</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>晚期</translation>
    </message>
    <message>
        <source>Only patients with advanced disease</source>
        <translation>只显示晚期患者</translation>
    </message>
    <message>
        <source>Oral SERD option</source>
        <translation>可选口服SERD</translation>
    </message>
    <message>
        <source>Action due</source>
        <translation>有待办</translation>
    </message>
    <message>
        <source>Available once the assessments are stored</source>
        <translation>保存评估结果后可用</translation>
    </message>
    <message>
        <source>Only patients for whom an oral SERD is an option</source>
        <translation>只显示可选择口服SERD的患者</translation>
    </message>
    <message>
        <source>Only patients with a due action (e.g. an ESR1 test)</source>
        <translation>只显示有待办事项（如ESR1检测）的患者</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Also show archived patients</source>
        <translation>同时显示已归档患者</translation>
    </message>
</context>
<context>
    <name>onco::PatientWorkspace</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>Disease &amp;history</source>
        <translation>病程(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Therapy lines</source>
        <translation>治疗线(&amp;T)</translation>
    </message>
    <message>
        <source>Tumour &amp;markers</source>
        <translation>肿瘤标志物(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Genetics</source>
        <translation>基因检测(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>评估(&amp;A)</translation>
    </message>
    <message>
        <source>No patient is open.

Find her in the list on the left (name, pinyin, initials or MRN), or create a new patient with Ctrl+N.</source>
        <translation>尚未打开患者。

可在左侧列表中查找（姓名、拼音、首字母或病历号），或按 Ctrl+N 新建患者。</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
</context>
<context>
    <name>onco::RecordDialog</name>
    <message>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>“%1”不是日期（请用 YYYY-MM-DD 格式）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>ER %</source>
        <translation>ER %</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>PR %</source>
        <translation>PR %</translation>
    </message>
    <message>
        <source>HER2 IHC</source>
        <translation>HER2 IHC</translation>
    </message>
    <message>
        <source>HER2 ISH</source>
        <translation>HER2 ISH</translation>
    </message>
    <message>
        <source>Ki-67 %</source>
        <translation>Ki-67 %</translation>
    </message>
</context>
<context>
    <name>onco::RecordEditor</name>
    <message>
        <source>%1

%2?
You can undo this with Ctrl+Z.</source>
        <translation>%1

确定%2？
可按 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>onco::SettingsDialog</name>
    <message>
        <source>HK covers Hong Kong and also the mainland hospitals designated under the Greater Bay Area &quot;Hong Kong and Macau Drug and Medical Device Connect&quot; policy, which may use drugs registered in Hong Kong.</source>
        <translation>HK 适用于香港，也适用于粤港澳大湾区“港澳药械通”政策下的内地指定医疗机构，这些机构可使用在香港注册的药品。</translation>
    </message>
    <message>
        <source>the upper limit of normal must be more than 0</source>
        <translation>正常值上限须大于 0</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Default &amp;jurisdiction</source>
        <translation>默认地区(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Hospital name (printing)</source>
        <translation>医院名称(&amp;H)（打印用）</translation>
    </message>
    <message>
        <source>Your &amp;name (audit trail)</source>
        <translation>您的姓名(&amp;N)（审计记录用）</translation>
    </message>
    <message>
        <source>empty: the login name (%1)</source>
        <translation>留空：使用登录名（%1）</translation>
    </message>
    <message>
        <source>%1 ULN (%2)</source>
        <translation>%1 正常值上限（%2）</translation>
    </message>
    <message>
        <source>Catalogue default: %1 %2 (empty restores it)</source>
        <translation>目录默认值：%1 %2（留空即恢复）</translation>
    </message>
    <message>
        <source>Oral SERD options are assessed against the approvals of this jurisdiction. A case file may name its own, and the command line can override both.</source>
        <translation>口服SERD选项按此地区的获批情况评估。病例文件可指定自己的地区，命令行又可覆盖两者。</translation>
    </message>
    <message>
        <source>Upper limits of normal (site defaults)</source>
        <translation>正常值上限（本院默认值）</translation>
    </message>
</context>
<context>
    <name>onco::TherapyLineDialog</name>
    <message>
        <source>Derived: %1</source>
        <translation>推算：%1</translation>
    </message>
    <message>
        <source>Derived: supportive (OFS or bone agent only), no number</source>
        <translation>推算：支持治疗（仅OFS或骨改良药物），不计线数</translation>
    </message>
    <message>
        <source>Derived: not an advanced line, no number</source>
        <translation>推算：非晚期治疗线，不计线数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the drug catalogue</source>
        <translation>“%1”不在药物目录中</translation>
    </message>
    <message>
        <source>a line that has not ended has no stop reason yet</source>
        <translation>尚未结束的治疗线还没有停药原因</translation>
    </message>
    <message>
        <source>New therapy line</source>
        <translation>新建治疗线</translation>
    </message>
    <message>
        <source>Edit therapy line</source>
        <translation>编辑治疗线</translation>
    </message>
    <message>
        <source>as derived</source>
        <translation>按推算</translation>
    </message>
    <message>
        <source>&amp;Start *</source>
        <translation>开始(&amp;S) *</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <source>Se&amp;tting</source>
        <translation>治疗阶段(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Drugs *</source>
        <translation>药物(&amp;D) *</translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation>停药原因</translation>
    </message>
    <message>
        <source>Best response</source>
        <translation>最佳疗效</translation>
    </message>
    <message>
        <source>Line number</source>
        <translation>线数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Leave empty while the line is ongoing</source>
        <translation>治疗进行中时留空</translation>
    </message>
</context>
</TS>
