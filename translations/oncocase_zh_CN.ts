<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accounts</name>
    <message>
        <source>accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>no account %1</source>
        <translation>没有账户%1</translation>
    </message>
    <message>
        <source>the account name &quot;%1&quot; is taken</source>
        <translation>账户名&quot;%1&quot;已被使用</translation>
    </message>
    <message>
        <source>the password needs at least %1 characters</source>
        <translation>密码至少需要%1个字符</translation>
    </message>
    <message>
        <source>only an administrator may manage accounts</source>
        <translation>只有管理员可以管理账户</translation>
    </message>
    <message>
        <source>no account &quot;%1&quot;</source>
        <translation>没有账户&quot;%1&quot;</translation>
    </message>
    <message>
        <source>the account needs a name</source>
        <translation>账户需要名称</translation>
    </message>
    <message>
        <source>the password could not be hashed (libsodium)</source>
        <translation>无法生成密码哈希（libsodium）</translation>
    </message>
    <message>
        <source>this database already has accounts: an administrator adds new ones</source>
        <translation>此数据库已有账户：新账户由管理员添加</translation>
    </message>
    <message>
        <source>the name or the password is wrong</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is disabled</source>
        <translation>账户&quot;%1&quot;已停用</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>当前密码错误</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator</source>
        <translation>&quot;%1&quot;是最后一个在用的管理员</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <source>%1 is %2 % above its nadir (%3 %4 on %5), confirmed by the previous result. A marker rise alone is not progression: correlate with imaging and the clinical findings.</source>
        <translation>%1较最低值（%5，%3 %4）升高%2%，并经前一次结果确认。单纯肿瘤标志物升高不等于疾病进展：请结合影像学及临床表现判断。</translation>
    </message>
    <message>
        <source>Marker rise: the latest result is at least %1 % above the nadir and above the ULN, and so was the previous one. %1 % is a local convention set by this site, not a guideline threshold. No rise is flagged in the first %2 days after a new line starts.</source>
        <translation>标志物升高：最近一次结果较最低值升高至少%1%且高于正常值上限（ULN），前一次结果亦然。%1%为本院设定的本地惯例，并非指南阈值。新治疗线开始后的前%2天内不提示升高。</translation>
    </message>
</context>
<context>
    <name>AssessmentCards</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>患者信息</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Biopsy</source>
        <translation>活检</translation>
    </message>
    <message>
        <source>Biopsy (%1)</source>
        <translation>活检（%1）</translation>
    </message>
    <message>
        <source>Disease event</source>
        <translation>病程事件</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1，%2起</translation>
    </message>
    <message>
        <source>Line of therapy</source>
        <translation>治疗线</translation>
    </message>
    <message>
        <source>Genetic result</source>
        <translation>基因检测结果</translation>
    </message>
    <message>
        <source>Medication %1</source>
        <translation>药物 %1</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>Show this record</source>
        <translation>显示此记录</translation>
    </message>
    <message>
        <source>Primary resistance</source>
        <translation>原发性内分泌耐药</translation>
    </message>
    <message>
        <source>Secondary resistance</source>
        <translation>继发性内分泌耐药</translation>
    </message>
    <message>
        <source>Endocrine-sensitive</source>
        <translation>内分泌敏感</translation>
    </message>
    <message>
        <source>Endocrine-naive</source>
        <translation>未经内分泌治疗</translation>
    </message>
    <message>
        <source>No progression yet</source>
        <translation>尚无疾病进展</translation>
    </message>
    <message>
        <source>ER-negative: not applicable</source>
        <translation>ER阴性：不适用</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not evaluable yet</source>
        <translation>暂不可评估</translation>
    </message>
    <message>
        <source>Endocrine resistance</source>
        <translation>内分泌耐药</translation>
    </message>
    <message>
        <source>Deciding rule: %1</source>
        <translation>判定规则：%1</translation>
    </message>
    <message>
        <source>Adjuvant (at relapse)</source>
        <translation>辅助治疗阶段（复发时）</translation>
    </message>
    <message>
        <source>First endocrine line for advanced disease</source>
        <translation>晚期一线内分泌治疗</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Receptors</source>
        <translation>受体</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>%1 — the deciding rule, see above</source>
        <translation>%1——即判定规则，见上</translation>
    </message>
    <message>
        <source>approved on %1</source>
        <translation>%1获批</translation>
    </message>
    <message>
        <source>approval listed, date not known</source>
        <translation>已列为获批，日期不详</translation>
    </message>
    <message>
        <source>no approval listed</source>
        <translation>未列出获批信息</translation>
    </message>
    <message>
        <source>%1: %2 · knowledge data %3, approval last verified %4</source>
        <translation>%1：%2 · 知识数据 %3，获批信息最近核实于%4</translation>
    </message>
    <message>
        <source>Not approved in this jurisdiction</source>
        <translation>在本监管辖区未获批准</translation>
    </message>
    <message>
        <source>Approval unverified</source>
        <translation>获批信息未经核实</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>循证依据</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>No testing or other action is due.</source>
        <translation>目前无需检测或其他待办事项。</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Tumour-marker rise: %1</source>
        <translation>肿瘤标志物升高：%1</translation>
    </message>
    <message>
        <source>For clinical review — not a prescription. These flags support the clinician&apos;s decision.</source>
        <translation>供临床审阅——并非处方。这些提示仅辅助医生决策。</translation>
    </message>
    <message>
        <source>As of %1 · Jurisdiction: %2 · Knowledge data %3 (last verified %4)</source>
        <translation>评估日期 %1 · 监管辖区：%2 · 知识数据 %3（最近核实 %4）</translation>
    </message>
    <message>
        <source>No assessment: no patient is open.</source>
        <translation>无评估：未打开患者。</translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>不符合：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>不明：%1</translation>
    </message>
    <message>
        <source>All criteria met</source>
        <translation>全部条件符合</translation>
    </message>
    <message>
        <source>Open the assessment…</source>
        <translation>查看完整评估…</translation>
    </message>
    <message>
        <source>No assessment.</source>
        <translation>无评估。</translation>
    </message>
    <message>
        <source>%1: option</source>
        <translation>%1：可选</translation>
    </message>
    <message>
        <source>%1: not an option</source>
        <translation>%1：不可选</translation>
    </message>
    <message>
        <source>%1: needs information</source>
        <translation>%1：需补充信息</translation>
    </message>
    <message>
        <source>Endocrine resistance: %1
%2</source>
        <translation>内分泌耐药：%1
%2</translation>
    </message>
    <message>
        <source>No actions due</source>
        <translation>无待办事项</translation>
    </message>
    <message>
        <source>Actions due: %1</source>
        <translation>待办事项：%1</translation>
    </message>
    <message>
        <source>%1: taking</source>
        <translation>%1：正在使用</translation>
    </message>
    <message>
        <source>%1: option at the next change</source>
        <translation>%1：下次换药时可选</translation>
    </message>
    <message>
        <source>Chinese generic name not verified</source>
        <translation>中文通用名未核实</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>assessment summaries</source>
        <translation>评估摘要</translation>
    </message>
    <message>
        <source>assessment history</source>
        <translation>评估历史</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>assessment summary</source>
        <translation>评估摘要</translation>
    </message>
</context>
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
    <message>
        <source>unknown stage &quot;%1&quot; (expected an AJCC group: %2)</source>
        <translation>未知分期&quot;%1&quot;（应为AJCC分期组：%2）</translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <source>not a valid case file</source>
        <translation>不是有效的病例文件</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
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
    <name>CaseService</name>
    <message>
        <source>patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>patient list</source>
        <translation>患者列表</translation>
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
    <message>
        <source>Print patient summaries to a PDF file.</source>
        <translation>将患者摘要打印为 PDF 文件。</translation>
    </message>
    <message>
        <source>Write the patient summary of one or more stored patients to one PDF file, each summary starting on a new page; every print is audited.</source>
        <translation>将一位或多位已存储患者的患者摘要写入一个 PDF 文件，每份摘要从新的一页开始；每次打印都记入审计记录。</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>The MRN of the patient; several separated by commas.</source>
        <translation>患者的病历号；多个病历号用逗号分隔。</translation>
    </message>
    <message>
        <source>Print language: zh_CN, en or bilingual.</source>
        <translation>打印语言：zh_CN、en 或 bilingual（双语）。</translation>
    </message>
    <message>
        <source>The PDF file to write (replaced when it exists).</source>
        <translation>要写入的 PDF 文件（已存在时替换）。</translation>
    </message>
    <message>
        <source>The date the summary describes (default: today).</source>
        <translation>摘要所描述的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>US-FDA, EU-EMA, CN-NMPA or HK (default: the settings&apos;, else US-FDA).</source>
        <translation>US-FDA、EU-EMA、CN-NMPA 或 HK（默认：设置中的监管辖区，否则为 US-FDA）。</translation>
    </message>
    <message>
        <source>print takes no file arguments (use --output)</source>
        <translation>print 不接受文件参数（请使用 --output）</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not zh_CN, en or bilingual</source>
        <translation>--lang：“%1”不是 zh_CN、en 或 bilingual</translation>
    </message>
    <message>
        <source>--jurisdiction: &quot;%1&quot; is not one of %2</source>
        <translation>--jurisdiction：“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>--patient: no MRN given</source>
        <translation>--patient：未给出病历号</translation>
    </message>
    <message>
        <source>no patient with MRN &quot;%1&quot; in %2</source>
        <translation>%2 中没有病历号为“%1”的患者</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 summaries, %3 pages)</source>
        <translation>已写入 %1（%2 份摘要，共 %3 页）</translation>
    </message>
    <message>
        <source>Assess a case file or a stored patient (endocrine resistance, oral SERD options).</source>
        <translation>评估病例文件或已存患者（内分泌耐药、口服SERD选项）。</translation>
    </message>
    <message>
        <source>Import case files into a database.</source>
        <translation>将病例文件导入数据库。</translation>
    </message>
    <message>
        <source>Export a stored patient as a case file.</source>
        <translation>将已存患者导出为病例文件。</translation>
    </message>
    <message>
        <source>Recompute the stored assessment summaries that are not current.</source>
        <translation>重新计算已过期的评估摘要。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no patient with the MRN %2</source>
        <translation>%1：没有病历号为 %2 的患者</translation>
    </message>
    <message>
        <source>Print the assessment (endocrine resistance, oral SERD options, testing prompts) of a case file or of a stored patient as JSON.</source>
        <translation>以JSON输出病例文件或已存患者的评估（内分泌耐药、口服SERD选项、检测提示）。</translation>
    </message>
    <message>
        <source>A case file (oncocase-case/1).</source>
        <translation>病例文件（oncocase-case/1）。</translation>
    </message>
    <message>
        <source>Assess a stored patient of this database.</source>
        <translation>评估此数据库中的已存患者。</translation>
    </message>
    <message>
        <source>The MRN of the stored patient.</source>
        <translation>已存患者的病历号。</translation>
    </message>
    <message>
        <source>US-FDA, EU-EMA, CN-NMPA or HK (default: the case file&apos;s, else the settings&apos;, else US-FDA).</source>
        <translation>US-FDA、EU-EMA、CN-NMPA或HK（默认：病例文件中的设置，其次为程序设置，否则为US-FDA）。</translation>
    </message>
    <message>
        <source>Evaluation date (default: the case file&apos;s, else today).</source>
        <translation>评估日期（默认：病例文件中的日期，否则为今天）。</translation>
    </message>
    <message>
        <source>Language of the texts: en (default) or zh_CN.</source>
        <translation>文本语言：en（默认）或zh_CN。</translation>
    </message>
    <message>
        <source>assess takes one case file, or --database FILE --patient MRN</source>
        <translation>assess 需要一个病例文件，或 --database FILE --patient MRN</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not en or zh_CN</source>
        <translation>--lang：“%1”不是 en 或 zh_CN</translation>
    </message>
    <message>
        <source>%1: not imported</source>
        <translation>%1：未导入</translation>
    </message>
    <message>
        <source>Imported %1 as %2</source>
        <translation>已导入 %1，病历号 %2</translation>
    </message>
    <message>
        <source>Import case files (oncocase-case/1), each in its own transaction; a file with any error writes nothing, the others still import.</source>
        <translation>导入病例文件（oncocase-case/1），每个文件在独立事务中导入；有任何错误的文件不写入任何内容，其他文件照常导入。</translation>
    </message>
    <message>
        <source>Case files.</source>
        <translation>病例文件。</translation>
    </message>
    <message>
        <source>The database to import into.</source>
        <translation>要导入的数据库。</translation>
    </message>
    <message>
        <source>Replace a patient whose MRN already exists (whole record).</source>
        <translation>替换病历号已存在的患者（整份记录）。</translation>
    </message>
    <message>
        <source>import needs at least one case file</source>
        <translation>import 至少需要一个病例文件</translation>
    </message>
    <message>
        <source>%1 of %2 files imported</source>
        <translation>已导入 %1 个文件（共 %2 个）</translation>
    </message>
    <message>
        <source>Write a stored patient as a case file (every stored key). The export is written to the audit trail.</source>
        <translation>将已存患者写为病例文件（包含所有存储的字段）。导出操作记入审计日志。</translation>
    </message>
    <message>
        <source>The database to read.</source>
        <translation>要读取的数据库。</translation>
    </message>
    <message>
        <source>The MRN of the patient.</source>
        <translation>患者的病历号。</translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation>要写入的文件（默认：标准输出）。</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>已将 %1 导出到 %2</translation>
    </message>
    <message>
        <source>Recompute the stored assessment summaries that are not current (another date, knowledge version or jurisdiction, or changed since).</source>
        <translation>重新计算已过期的评估摘要（日期、知识库版本或地区不同，或此后记录有改动）。</translation>
    </message>
    <message>
        <source>The database.</source>
        <translation>数据库。</translation>
    </message>
    <message>
        <source>%1 of %2 summaries</source>
        <translation>%1 / %2 份摘要</translation>
    </message>
    <message>
        <source>%1 summaries recomputed for %2 (%3) in %4 s</source>
        <translation>已重新计算 %1 份摘要，评估日期 %2（%3），用时 %4 秒</translation>
    </message>
    <message>
        <source>Print the worklists of all patients (oral SERD option, ESR1 test due, marker rise, summary not printed) as CSV or JSON.</source>
        <translation>以CSV或JSON输出全部患者的工作清单（可选口服SERD、需检测ESR1、肿瘤标志物升高、摘要未打印）。</translation>
    </message>
    <message>
        <source>--list: &quot;%1&quot; is not one of %2</source>
        <translation>--list：“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>--list: no list named</source>
        <translation>--list：未指定清单</translation>
    </message>
    <message>
        <source>Print the worklists of every patient: oral SERD is an option, ESR1 test or re-test due, confirmed tumour-marker rise, summary not printed since the last change. Summaries that are not current are recomputed and stored first; on a read-only database, or for another date or jurisdiction than the program&apos;s, they are assessed in memory and nothing is written. Archived patients are not screened.</source>
        <translation>输出全部患者的工作清单：可选口服SERD、需检测或重新检测ESR1、经确认的肿瘤标志物升高、最近修改后摘要未打印。未更新的评估摘要会先重新计算并保存；若数据库为只读，或评估日期、监管辖区与程序设置不同，则在内存中评估，不写入任何内容。已归档患者不参与筛查。</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv（默认）或 json。</translation>
    </message>
    <message>
        <source>Evaluation date (default: today).</source>
        <translation>评估日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Only these lists, comma-separated: serd_option, esr1_test, marker_rise, not_printed (default: all).</source>
        <translation>仅输出这些清单，以逗号分隔：serd_option、esr1_test、marker_rise、not_printed（默认：全部）。</translation>
    </message>
    <message>
        <source>Language of the CSV description column: en (default) or zh_CN.</source>
        <translation>CSV说明列的语言：en（默认）或 zh_CN。</translation>
    </message>
    <message>
        <source>screen takes no file argument: use --database FILE</source>
        <translation>screen 不接受文件参数：请使用 --database FILE</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv or json</source>
        <translation>--format：“%1”不是 csv 或 json</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>%1：数据库不存在</translation>
    </message>
    <message>
        <source>oncocase: %1 summaries were not current: recomputed and stored first.</source>
        <translation>oncocase：%1 份评估摘要未更新，已先重新计算并保存。</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>数据库为只读</translation>
    </message>
    <message>
        <source>the date or jurisdiction differs from the program&apos;s</source>
        <translation>评估日期或监管辖区与程序设置不同</translation>
    </message>
    <message>
        <source>oncocase: %1 summaries were not current for %2 (%3): assessed in memory, not stored (%4).</source>
        <translation>oncocase：%1 份评估摘要对 %2（%3）未更新：已在内存中评估，未保存（%4）。</translation>
    </message>
    <message>
        <source>--as-of: %1 is after today (%2): an assessment cannot look ahead</source>
        <translation>--as-of：%1 晚于今天（%2）：评估不能针对未来日期</translation>
    </message>
    <message>
        <source>warning: as_of %1 is before the diagnosis (%2): every record after it is ignored</source>
        <translation>警告：评估日期 %1 早于诊断日期（%2）：此后的所有记录都将被忽略</translation>
    </message>
    <message>
        <source>warning: therapies[%1] starts on %2, before the diagnosis (%3): check the dates</source>
        <translation>警告：therapies[%1] 开始于 %2，早于诊断日期（%3）：请核对日期</translation>
    </message>
    <message>
        <source>as_of: %1 is after today (%2): an assessment cannot look ahead</source>
        <translation>as_of：%1 晚于今天（%2）：评估不能针对未来日期</translation>
    </message>
    <message>
        <source>Show, export or install the knowledge data (drug catalogue, approvals, labels).</source>
        <translation>显示、导出或安装知识数据（药物目录、批准、说明书）。</translation>
    </message>
    <message>
        <source>Assess a case file with this knowledge pack instead of the built-in knowledge.</source>
        <translation>用此知识包代替内置知识评估病例文件。</translation>
    </message>
    <message>
        <source>--knowledge is for a case file; a stored patient is assessed with the knowledge in force in its database</source>
        <translation>--knowledge仅用于病例文件；已保存的患者按其数据库中当前使用的知识评估</translation>
    </message>
    <message>
        <source>Knowledge %1, last verified %2</source>
        <translation>知识版本%1，最近核实于%2</translation>
    </message>
    <message>
        <source>Stale: last verified more than %1 days ago; install a newer knowledge pack.</source>
        <translation>已过期：最近核实已超过%1天；请安装更新的知识包。</translation>
    </message>
    <message>
        <source>Installed into the database on %1 by %2 (built-in knowledge: %3)</source>
        <translation>由%2于%1安装到数据库（内置知识：%3）</translation>
    </message>
    <message>
        <source>Built in (the database&apos;s installed pack %1 is older than the program&apos;s)</source>
        <translation>内置（数据库中安装的知识包%1比程序内置的旧）</translation>
    </message>
    <message>
        <source>Built into the program</source>
        <translation>程序内置</translation>
    </message>
    <message>
        <source>%1 drugs, %2 CYP3A4 entries, %3 markers, %4 approvals, %5 labels, %6 evidence sentences</source>
        <translation>%1种药物，%2条CYP3A4条目，%3种标志物，%4条批准，%5条说明书，%6条证据语句</translation>
    </message>
    <message>
        <source>Approvals:</source>
        <translation>批准：</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>未获批</translation>
    </message>
    <message>
        <source>approved %1</source>
        <translation>%1获批</translation>
    </message>
    <message>
        <source>(date unknown)</source>
        <translation>（日期未知）</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>来源 %1</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>核对于%1</translation>
    </message>
    <message>
        <source>Show the knowledge in force: version, where it comes from, approvals.</source>
        <translation>显示当前使用的知识：版本、来源、批准情况。</translation>
    </message>
    <message>
        <source>The database (default: the built-in knowledge).</source>
        <translation>数据库（默认：内置知识）。</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text（默认）或json。</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not text or json</source>
        <translation>--format：“%1”不是text或json</translation>
    </message>
    <message>
        <source>Write the knowledge in force as a knowledge pack.</source>
        <translation>将当前使用的知识写为知识包。</translation>
    </message>
    <message>
        <source>The pack to write.</source>
        <translation>要写入的知识包。</translation>
    </message>
    <message>
        <source>knowledge export takes one file to write</source>
        <translation>knowledge export需要一个要写入的文件</translation>
    </message>
    <message>
        <source>Knowledge %1 written to %2</source>
        <translation>知识%1已写入%2</translation>
    </message>
    <message>
        <source>Check a knowledge pack, show what it changes and install it into the database (audited); the stored assessments are recomputed and the patients whose options changed are listed.</source>
        <translation>检查知识包，显示其变更并安装到数据库（记入审计）；重新计算已保存的评估，并列出选项发生变化的患者。</translation>
    </message>
    <message>
        <source>The knowledge pack.</source>
        <translation>知识包。</translation>
    </message>
    <message>
        <source>Check and show the changes; change nothing.</source>
        <translation>检查并显示变更；不做任何修改。</translation>
    </message>
    <message>
        <source>Install a pack that is not newer than the one in force (to go back to it).</source>
        <translation>安装不比当前更新的知识包（用于回退）。</translation>
    </message>
    <message>
        <source>List the patients whose options change under this jurisdiction (default: the settings&apos;, else US-FDA).</source>
        <translation>列出在此监管地区下选项发生变化的患者（默认：设置中的，否则US-FDA）。</translation>
    </message>
    <message>
        <source>knowledge install takes one pack file</source>
        <translation>knowledge install需要一个知识包文件</translation>
    </message>
    <message>
        <source>Knowledge %1 → %2</source>
        <translation>知识 %1 → %2</translation>
    </message>
    <message>
        <source>(no change in drugs, approvals or labels)</source>
        <translation>（药物、批准和说明书均无变化）</translation>
    </message>
    <message>
        <source>No patient&apos;s oral SERD status or flags change (%1, %2).</source>
        <translation>没有患者的口服SERD状态或提示发生变化（%1，%2）。</translation>
    </message>
    <message>
        <source>Patients whose oral SERD status or flags change (%1, %2):</source>
        <translation>口服SERD状态或提示发生变化的患者（%1，%2）：</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未做任何修改。</translation>
    </message>
    <message>
        <source>Installed (recorded in the audit trail); %1 stored assessments recomputed.</source>
        <translation>已安装（已记入审计日志）；已重新计算%1条保存的评估。</translation>
    </message>
    <message>
        <source>Usage: oncocase knowledge show|export|install …  (oncocase knowledge VERB --help)</source>
        <translation>用法：oncocase knowledge show|export|install …（oncocase knowledge 子命令 --help）</translation>
    </message>
    <message>
        <source>knowledge: say show, export or install</source>
        <translation>knowledge：请指定show、export或install</translation>
    </message>
    <message>
        <source>Manage the accounts of a database (first administrator, add, password, role).</source>
        <translation>管理数据库的账户（首个管理员、添加、密码、角色）。</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>Your account (its password from ONCOCASE_PASSWORD or standard input).</source>
        <translation>你的账户（密码取自ONCOCASE_PASSWORD或标准输入）。</translation>
    </message>
    <message>
        <source>The account to create or change.</source>
        <translation>要创建或修改的账户。</translation>
    </message>
    <message>
        <source>The name shown for the account.</source>
        <translation>账户的显示名称。</translation>
    </message>
    <message>
        <source>read-only, clinician or admin.</source>
        <translation>read-only（只读）、clinician（临床医生）或admin（管理员）。</translation>
    </message>
    <message>
        <source>Manage the accounts of a database: init creates the first administrator; list, add, role, disable and enable need an administrator (--user); passwd changes your password (or, for an administrator, another&apos;s).</source>
        <translation>管理数据库的账户：init创建首个管理员；list、add、role、disable和enable需要管理员身份（--user）；passwd修改你自己的密码（管理员也可修改他人的密码）。</translation>
    </message>
    <message>
        <source>--role: &quot;%1&quot; is not read-only, clinician or admin</source>
        <translation>--role：&quot;%1&quot;不是read-only、clinician或admin</translation>
    </message>
    <message>
        <source>account init needs --name</source>
        <translation>account init需要--name</translation>
    </message>
    <message>
        <source>no password given (or the two did not match)</source>
        <translation>未提供密码（或两次输入不一致）</translation>
    </message>
    <message>
        <source>Created the administrator account &quot;%1&quot;.</source>
        <translation>已创建管理员账户&quot;%1&quot;。</translation>
    </message>
    <message>
        <source>no password given for &quot;%1&quot;</source>
        <translation>未提供&quot;%1&quot;的密码</translation>
    </message>
    <message>
        <source>only an administrator may list the accounts</source>
        <translation>只有管理员可以列出账户</translation>
    </message>
    <message>
        <source>no new password given (or the two did not match)</source>
        <translation>未提供新密码（或两次输入不一致）</translation>
    </message>
    <message>
        <source>Changed the password of &quot;%1&quot;.</source>
        <translation>已修改&quot;%1&quot;的密码。</translation>
    </message>
    <message>
        <source>account %1 needs --name</source>
        <translation>account %1需要--name</translation>
    </message>
    <message>
        <source>account add needs --role (read-only, clinician or admin)</source>
        <translation>account add需要--role（read-only、clinician或admin）</translation>
    </message>
    <message>
        <source>no password given for the new account (or the two did not match)</source>
        <translation>未提供新账户的密码（或两次输入不一致）</translation>
    </message>
    <message>
        <source>Added the account &quot;%1&quot; (%2).</source>
        <translation>已添加账户&quot;%1&quot;（%2）。</translation>
    </message>
    <message>
        <source>account role needs --role (read-only, clinician or admin)</source>
        <translation>account role需要--role（read-only、clinician或admin）</translation>
    </message>
    <message>
        <source>Changed the account &quot;%1&quot;.</source>
        <translation>已修改账户&quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Usage: oncocase account init|list|add|passwd|role|disable|enable …  (oncocase account VERB --help)</source>
        <translation>用法：oncocase account init|list|add|passwd|role|disable|enable …（oncocase account 子命令 --help）</translation>
    </message>
    <message>
        <source>account: say init, list, add, passwd, role, disable or enable</source>
        <translation>account：请指定init、list、add、passwd、role、disable或enable</translation>
    </message>
    <message>
        <source>%1 has user accounts: say who you are with ONCOCASE_USER (the password in ONCOCASE_PASSWORD or on standard input)</source>
        <translation>%1设有用户账户：请用ONCOCASE_USER说明你的身份（密码放在ONCOCASE_PASSWORD中或由标准输入提供）</translation>
    </message>
    <message>
        <source>only an administrator may install knowledge (&quot;%1&quot; is %2)</source>
        <translation>只有管理员可以安装知识数据（&quot;%1&quot;为%2）</translation>
    </message>
    <message>
        <source>account %1 needs --user (or ONCOCASE_USER)</source>
        <translation>account %1需要--user（或ONCOCASE_USER）</translation>
    </message>
    <message>
        <source>%1: %2 works on a database file; for a server database use the server&apos;s own tools (pg_dump, pg_restore)</source>
        <translation>%1：%2 仅适用于数据库文件；服务器数据库请使用服务器自带的工具（pg_dump、pg_restore）</translation>
    </message>
    <message>
        <source>%1: cannot be copied</source>
        <translation>%1：无法复制</translation>
    </message>
    <message>
        <source>Copy a desk database onto the department server and check the copy.</source>
        <translation>将本机数据库复制到科室服务器并核对副本。</translation>
    </message>
    <message>
        <source>Copy a desk database into an empty database on the department server, with its audit trail, and check the copy (rows of every table, the audit chain). The desk database is not changed.</source>
        <translation>将本机数据库连同审计记录复制到科室服务器上的空数据库，并核对副本（各表行数、审计链）。本机数据库不会被修改。</translation>
    </message>
    <message>
        <source>The desk database to copy.</source>
        <translation>要复制的本机数据库。</translation>
    </message>
    <message>
        <source>The empty server database: postgresql://USER@HOST:PORT/DB.</source>
        <translation>服务器上的空数据库：postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>%1: %2 rows copied, %3 in the copy</source>
        <translation>%1：已复制 %2 行，副本中 %3 行</translation>
    </message>
    <message>
        <source>The audit trail goes on from %1 on the server.</source>
        <translation>审计记录在服务器上从 %1 继续。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) copied: each needs a new password on the server (oncocase account passwd --name NAME) before it can log in there.</source>
        <translation>
            <numerusform>已复制 %n 个账户：每个账户需在服务器上设置新密码（oncocase account passwd --name 名称）后才能登录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseText</name>
    <message>
        <source>Line %1</source>
        <translation>第%1线</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>%1线</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>支持治疗</translation>
    </message>
    <message>
        <source>Adjuvant</source>
        <translation>辅助</translation>
    </message>
    <message>
        <source>Neoadjuvant</source>
        <translation>新辅助</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>晚期</translation>
    </message>
    <message>
        <source> (clinician: %1)</source>
        <translation>（医生标注：%1）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>停药原因：%1</translation>
    </message>
    <message>
        <source>Best response: %1</source>
        <translation>最佳疗效：%1</translation>
    </message>
    <message>
        <source>Endocrine therapy</source>
        <translation>内分泌治疗</translation>
    </message>
    <message>
        <source>CDK4/6 inhibitor</source>
        <translation>CDK4/6 抑制剂</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation>化疗</translation>
    </message>
    <message>
        <source>Targeted therapy</source>
        <translation>靶向治疗</translation>
    </message>
    <message>
        <source>Antibody–drug conjugate</source>
        <translation>抗体偶联药物（ADC）</translation>
    </message>
    <message>
        <source>Ovarian function suppression</source>
        <translation>卵巢功能抑制（OFS）</translation>
    </message>
    <message>
        <source>Supportive (bone, other)</source>
        <translation>支持治疗（骨改良药物等）</translation>
    </message>
    <message>
        <source>Trial drug (identity unknown)</source>
        <translation>研究药物（身份未知）</translation>
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
    <name>Drugs</name>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>SERM</source>
        <translation>SERM</translation>
    </message>
    <message>
        <source>injectable SERD</source>
        <translation>注射用SERD</translation>
    </message>
    <message>
        <source>oral SERD</source>
        <translation>口服SERD</translation>
    </message>
    <message>
        <source>CDK4/6 inhibitor</source>
        <translation>CDK4/6抑制剂</translation>
    </message>
    <message>
        <source>other drug</source>
        <translation>其他药物</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>possibly %1</source>
        <translation>可能为%1</translation>
    </message>
    <message>
        <source>Investigational agent</source>
        <translation>研究药物</translation>
    </message>
    <message>
        <source>Investigational agent: %1</source>
        <translation>研究药物：%1</translation>
    </message>
    <message>
        <source>Investigational agent (%1)</source>
        <translation>研究药物（%1）</translation>
    </message>
    <message>
        <source>Investigational agent (%1): %2</source>
        <translation>研究药物（%1）：%2</translation>
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
    <name>KnowledgePack</name>
    <message>
        <source>CYP3A4 list</source>
        <translation>CYP3A4列表</translation>
    </message>
    <message>
        <source>Marker catalogue</source>
        <translation>肿瘤标志物目录</translation>
    </message>
    <message>
        <source>Evidence sentences</source>
        <translation>证据语句</translation>
    </message>
    <message>
        <source>the knowledge pack %1 stored in the database does not read: %2</source>
        <translation>数据库中保存的知识包%1无法读取：%2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须为文本</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1 is after today</source>
        <translation>%1晚于今天</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为true或false</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须为列表</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>必须为文本列表</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>必须为非空文本</translation>
    </message>
    <message>
        <source>unknown jurisdiction &quot;%1&quot; (US-FDA, EU-EMA, CN-NMPA or HK)</source>
        <translation>未知的监管地区“%1”（US-FDA、EU-EMA、CN-NMPA或HK）</translation>
    </message>
    <message>
        <source>not JSON: %1 (at byte %2)</source>
        <translation>不是JSON：%1（第%2字节）</translation>
    </message>
    <message>
        <source>not a knowledge pack: the file is not a JSON object</source>
        <translation>不是知识包：文件不是JSON对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a knowledge pack format this program reads (%2)</source>
        <translation>“%1”不是本程序可读取的知识包格式（%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version such as 2026.12.1</source>
        <translation>“%1”不是形如2026.12.1的版本号</translation>
    </message>
    <message>
        <source>the drug catalogue is empty</source>
        <translation>药物目录为空</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot;</source>
        <translation>未知分类“%1”</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by another drug</source>
        <translation>名称“%1”已被另一药物使用</translation>
    </message>
    <message>
        <source>&quot;investigational&quot; is reserved for trial drugs</source>
        <translation>“investigational”保留用于研究药物</translation>
    </message>
    <message>
        <source>unknown effect &quot;%1&quot;</source>
        <translation>未知作用“%1”</translation>
    </message>
    <message>
        <source>must be a number above 0</source>
        <translation>必须为大于0的数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a drug of the catalogue</source>
        <translation>“%1”不在药物目录中</translation>
    </message>
    <message>
        <source>a second approval of %1 in %2</source>
        <translation>%1在%2的第二条批准记录</translation>
    </message>
    <message>
        <source>unknown population &quot;%1&quot; (postmenopausal_women_and_men or adults)</source>
        <translation>未知适用人群“%1”（postmenopausal_women_and_men或adults）</translation>
    </message>
    <message>
        <source>a label needs its criteria</source>
        <translation>说明书条目需要列出其标准</translation>
    </message>
    <message>
        <source>unknown criterion &quot;%1&quot;</source>
        <translation>未知标准“%1”</translation>
    </message>
    <message>
        <source>unknown label flag &quot;%1&quot;</source>
        <translation>未知说明书提示“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>“%1”被使用了两次</translation>
    </message>
    <message>
        <source>unknown code &quot;%1&quot;</source>
        <translation>未知代码“%1”</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>未获批</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <source>approved %1 (verified)</source>
        <translation>%1获批（已核实）</translation>
    </message>
    <message>
        <source>approved %1 (not verified)</source>
        <translation>%1获批（未核实）</translation>
    </message>
    <message>
        <source>criteria %1; flags %2</source>
        <translation>标准 %1；提示 %2</translation>
    </message>
    <message>
        <source>Drug added: %1 (%2)</source>
        <translation>新增药物：%1（%2）</translation>
    </message>
    <message>
        <source>Drug class changed: %1 %2 → %3</source>
        <translation>药物分类变更：%1 %2 → %3</translation>
    </message>
    <message>
        <source>Drug names changed: %1</source>
        <translation>药物名称变更：%1</translation>
    </message>
    <message>
        <source>Drug removed: %1</source>
        <translation>删除药物：%1</translation>
    </message>
    <message>
        <source>Approval added: %1 in %2: %3</source>
        <translation>新增批准：%1（%2）：%3</translation>
    </message>
    <message>
        <source>Approval changed: %1 in %2: %3 → %4</source>
        <translation>批准变更：%1（%2）：%3 → %4</translation>
    </message>
    <message>
        <source>Approval removed: %1 in %2</source>
        <translation>删除批准：%1（%2）</translation>
    </message>
    <message>
        <source>Label added: %1 in %2 (%3)</source>
        <translation>新增说明书：%1（%2）（%3）</translation>
    </message>
    <message>
        <source>Label changed: %1 in %2: %3 → %4</source>
        <translation>说明书变更：%1（%2）：%3 → %4</translation>
    </message>
    <message>
        <source>Label removed: %1 in %2</source>
        <translation>删除说明书：%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 → %3 entries</source>
        <translation>%1：%2 → %3条</translation>
    </message>
    <message>
        <source>Texts changed (no drug, approval or label changed)</source>
        <translation>文字有变更（药物、批准和说明书均无变化）</translation>
    </message>
    <message>
        <source>the knowledge pack is refused:</source>
        <translation>知识包被拒绝：</translation>
    </message>
    <message>
        <source>the knowledge pack %1 is not newer than the one in force (%2); use --allow-older to go back to it</source>
        <translation>知识包%1不比当前使用的（%2）更新；如需回退，请使用--allow-older</translation>
    </message>
    <message>
        <source>the database is open read-only</source>
        <translation>数据库以只读方式打开</translation>
    </message>
</context>
<context>
    <name>KnowledgePacks</name>
    <message>
        <source>knowledge packs</source>
        <translation>知识包</translation>
    </message>
    <message>
        <source>knowledge install changes</source>
        <translation>知识更新变更记录</translation>
    </message>
</context>
<context>
    <name>ListAssessmentText</name>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Option: %1</source>
        <translation>可选：%1</translation>
    </message>
    <message>
        <source>Taking %1</source>
        <translation>正在使用%1</translation>
    </message>
    <message>
        <source>Option at the next change: %1</source>
        <translation>下次换药时可选：%1</translation>
    </message>
    <message>
        <source>Not assessed yet: the assessment is being computed.</source>
        <translation>尚未评估：正在计算评估结果。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>ESR1 test</source>
        <translation>ESR1检测</translation>
    </message>
    <message>
        <source>ESR1 re-test</source>
        <translation>ESR1重新检测</translation>
    </message>
    <message>
        <source>PIK3CA test</source>
        <translation>PIK3CA检测</translation>
    </message>
    <message>
        <source>Germline BRCA test</source>
        <translation>胚系BRCA检测</translation>
    </message>
    <message>
        <source>HER2 ISH</source>
        <translation>HER2 ISH检测</translation>
    </message>
    <message>
        <source>Menopausal status</source>
        <translation>确认绝经状态</translation>
    </message>
    <message>
        <source>Consider OFS</source>
        <translation>考虑OFS</translation>
    </message>
    <message>
        <source>No actions due.</source>
        <translation>无待办事项。</translation>
    </message>
    <message>
        <source>Deceased (%1)</source>
        <translation>已故（%1）</translation>
    </message>
</context>
<context>
    <name>ListMatchText</name>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>拼音首字母</translation>
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
        <source>outpatient no.</source>
        <translation>门诊号</translation>
    </message>
    <message>
        <source>inpatient no.</source>
        <translation>住院号</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>MarkerChart</name>
    <message>
        <source>Baseline of the current line (started %1)</source>
        <translation>当前治疗线的基线（%1开始）</translation>
    </message>
    <message>
        <source>Baseline (first result)</source>
        <translation>基线（首次结果）</translation>
    </message>
    <message>
        <source>PD</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Progression %1</source>
        <translation>疾病进展 %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>ULN %1</source>
        <translation>ULN %1</translation>
    </message>
    <message>
        <source>site ULN %1</source>
        <translation>本院默认 ULN %1</translation>
    </message>
    <message>
        <source>above ULN</source>
        <translation>高于正常值上限</translation>
    </message>
    <message>
        <source>Nadir on the current line</source>
        <translation>当前治疗线的最低值</translation>
    </message>
    <message>
        <source>%1 from nadir (%2 on %3)</source>
        <translation>较最低值 %1（%3：%2）</translation>
    </message>
    <message>
        <source>%1 from baseline (%2 on %3)</source>
        <translation>较基线 %1（%3：%2）</translation>
    </message>
    <message>
        <source>Doubling time %1 days (%2 rising results)</source>
        <translation>倍增时间 %1 天（%2 次连续升高结果）</translation>
    </message>
    <message>
        <source>Assay or unit changed: earlier results of another assay are not compared</source>
        <translation>检测方法或单位已变更：不与其他检测方法的既往结果比较</translation>
    </message>
    <message>
        <source>Confirmed marker rise: correlate with imaging (not progression by itself)</source>
        <translation>标志物升高已确认：请结合影像学判断（单凭升高不能判定疾病进展）</translation>
    </message>
    <message>
        <source>Assay: %1</source>
        <translation>检测方法：%1</translation>
    </message>
    <message>
        <source>No marker selected</source>
        <translation>未选择标志物</translation>
    </message>
    <message>
        <source>No tumour marker results</source>
        <translation>无肿瘤标志物结果</translation>
    </message>
    <message>
        <source>%1 ULN</source>
        <translation>%1 ULN</translation>
    </message>
    <message>
        <source>%1 nadir</source>
        <translation>%1 最低值</translation>
    </message>
    <message>
        <source>Confirmed rise</source>
        <translation>已确认升高</translation>
    </message>
    <message>
        <source>nadir %1</source>
        <translation>最低值 %1</translation>
    </message>
    <message>
        <source>Rise on day %1 of a new line (started %2): not flagged (early spikes)</source>
        <translation>新治疗线（%2 开始）第 %1 天的升高：不提示（早期一过性升高）</translation>
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
    <name>PgDatabase</name>
    <message>
        <source>is not a server address of the form postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>不是 postgresql://用户@主机:端口/数据库 形式的服务器地址</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql)</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>the server cannot be reached or refused the connection: %1</source>
        <translation>无法连接服务器或服务器拒绝连接：%1</translation>
    </message>
    <message>
        <source>is not an OncoCase database</source>
        <translation>不是 OncoCase 数据库</translation>
    </message>
    <message>
        <source>needs upgrading to schema %1; open it once with write access</source>
        <translation>需要升级到结构版本 %1；请以可写方式打开一次</translation>
    </message>
    <message>
        <source>was written by a newer OncoCase (schema %1); this one reads up to %2</source>
        <translation>由较新版本的 OncoCase 写入（结构版本 %1）；本程序最多读取到 %2</translation>
    </message>
    <message>
        <source>is not an OncoCase database (it holds tables of another program)</source>
        <translation>不是 OncoCase 数据库（其中有其他程序的数据表）</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>升级到结构版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>migration to schema %1 failed</source>
        <translation>升级到结构版本 %1 失败</translation>
    </message>
    <message>
        <source>this account may not change it (%1)</source>
        <translation>此账户无权修改（%1）</translation>
    </message>
    <message>
        <source>another workstation is changing the same data; try again (%1)</source>
        <translation>另一工作站正在修改同一数据；请重试（%1）</translation>
    </message>
    <message>
        <source>the connection to the server was lost (%1)</source>
        <translation>与服务器的连接已断开（%1）</translation>
    </message>
    <message>
        <source>the server reports damaged data (%1)</source>
        <translation>服务器报告数据损坏（%1）</translation>
    </message>
    <message>
        <source>schema version %1, expected %2</source>
        <translation>结构版本为 %1，应为 %2</translation>
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
    <name>Rules</name>
    <message>
        <source>De novo metastatic disease at diagnosis (ADV-1).</source>
        <translation>初诊IV期（初诊即有转移）（ADV-1）。</translation>
    </message>
    <message>
        <source>Relapse to advanced disease on %1 (ADV-1).</source>
        <translation>%1复发为晚期疾病（ADV-1）。</translation>
    </message>
    <message>
        <source>A line of therapy for advanced disease started on %1 (ADV-1).</source>
        <translation>%1开始晚期疾病的治疗线（ADV-1）。</translation>
    </message>
    <message>
        <source>No de novo metastatic disease, no relapse to advanced disease and no line of therapy for advanced disease recorded (ADV-1).</source>
        <translation>未记录初诊IV期、复发为晚期疾病或晚期疾病治疗线（ADV-1）。</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>阳性</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>阴性</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>ER %1 at diagnosis, %2 on the %3.</source>
        <translation>诊断时ER%1，%3为%2。</translation>
    </message>
    <message>
        <source>HER2 %1 at diagnosis, %2 on the %3.</source>
        <translation>诊断时HER2%1，%3为%2。</translation>
    </message>
    <message>
        <source>ER %1 % (%2): the benefit of endocrine therapy is uncertain at ER-low (1–10 %).</source>
        <translation>ER %1%（%2）：ER低表达（1–10%）时内分泌治疗的获益不确定。</translation>
    </message>
    <message>
        <source>diagnosis of %1</source>
        <translation>%1诊断</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>biopsy of %1</source>
        <translation>%1活检</translation>
    </message>
    <message>
        <source>%1: %2 is %3 days from the threshold date %4; review the dates.</source>
        <translation>%1：%2距阈值日期%4仅%3天，请核对日期。</translation>
    </message>
    <message>
        <source>Adjuvant class</source>
        <translation>辅助治疗分类</translation>
    </message>
    <message>
        <source>First-line class</source>
        <translation>一线分类</translation>
    </message>
    <message>
        <source>De novo metastatic disease (diagnosed %1): no adjuvant class (endocrine-naive).</source>
        <translation>初诊IV期（%1诊断）：无辅助治疗分类（未经内分泌治疗）。</translation>
    </message>
    <message>
        <source>De novo metastatic disease: no adjuvant class (endocrine-naive).</source>
        <translation>初诊IV期：无辅助治疗分类（未经内分泌治疗）。</translation>
    </message>
    <message>
        <source>No relapse to advanced disease: no adjuvant class.</source>
        <translation>未复发为晚期疾病：无辅助治疗分类。</translation>
    </message>
    <message>
        <source>Relapse on %1 without (neo)adjuvant endocrine therapy started before it: endocrine-naive.</source>
        <translation>%1复发，此前未开始（新）辅助内分泌治疗：未经内分泌治疗。</translation>
    </message>
    <message>
        <source>Relapse on %1 while on adjuvant endocrine therapy started %2, within the first 24 months (before %3).</source>
        <translation>%1复发时正在接受%2开始的辅助内分泌治疗，在最初24个月内（%3之前）。</translation>
    </message>
    <message>
        <source>Relapse on %1 while on adjuvant endocrine therapy started %2, after the first 24 months (%3 or later).</source>
        <translation>%1复发时正在接受%2开始的辅助内分泌治疗，已超过最初24个月（%3或之后）。</translation>
    </message>
    <message>
        <source>Relapse on %1, within 12 months after adjuvant endocrine therapy (%2 to %3) ended (by %4).</source>
        <translation>%1复发，在辅助内分泌治疗（%2至%3）结束后12个月内（不晚于%4）。</translation>
    </message>
    <message>
        <source>Relapse on %1, more than 12 months after adjuvant endocrine therapy (%2 to %3) ended (after %4).</source>
        <translation>%1复发，在辅助内分泌治疗（%2至%3）结束12个月以后（晚于%4）。</translation>
    </message>
    <message>
        <source>Adjuvant endocrine therapy stopped on %1 (%2), before 24 months (%3); the ABC definitions do not cover early stops (ER-X1).</source>
        <translation>辅助内分泌治疗于%1停止（%2），未满24个月（%3）；ABC定义未涵盖提前停药（ER-X1）。</translation>
    </message>
    <message>
        <source>No endocrine therapy for advanced disease: no first-line class.</source>
        <translation>晚期阶段未接受内分泌治疗：无一线分类。</translation>
    </message>
    <message>
        <source>No progression yet on the first endocrine line for advanced disease (%1, started %2).</source>
        <translation>晚期一线内分泌治疗（%1，%2开始）尚无疾病进展。</translation>
    </message>
    <message>
        <source>Progression on %1 within 6 months (before %2) of the first endocrine line for advanced disease (%3, started %4).</source>
        <translation>%1疾病进展，在晚期一线内分泌治疗（%3，%4开始）的6个月内（%2之前）。</translation>
    </message>
    <message>
        <source>Progression on %1, 6 months or more (%2 or later) after the start of the first endocrine line for advanced disease (%3, started %4).</source>
        <translation>%1疾病进展，在晚期一线内分泌治疗（%3，%4开始）开始6个月或以后（%2或之后）。</translation>
    </message>
    <message>
        <source>The first endocrine line for advanced disease contained a CDK4/6 inhibitor; the 6-month threshold was built for endocrine therapy alone (ER-X2).</source>
        <translation>晚期一线内分泌治疗包含CDK4/6抑制剂；6个月阈值是针对单纯内分泌治疗制定的（ER-X2）。</translation>
    </message>
    <message>
        <source>Current ER is negative (%1): endocrine resistance does not apply.</source>
        <translation>当前ER阴性（%1）：不适用内分泌耐药分类。</translation>
    </message>
    <message>
        <source>No relapse to advanced disease and no progression on endocrine therapy for advanced disease: endocrine resistance cannot be evaluated yet.</source>
        <translation>未复发为晚期疾病，晚期内分泌治疗也无疾病进展：暂无法评估内分泌耐药。</translation>
    </message>
    <message>
        <source>plasma ctDNA</source>
        <translation>血浆循环肿瘤DNA</translation>
    </message>
    <message>
        <source>tissue</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>specimen not recorded</source>
        <translation>标本类型未记录</translation>
    </message>
    <message>
        <source>No ESR1 result recorded: test due (plasma ctDNA preferred).</source>
        <translation>无ESR1检测结果：需检测（首选血浆循环肿瘤DNA）。</translation>
    </message>
    <message>
        <source>ESR1 mutation detected, variant not recorded (%1, collected %2).</source>
        <translation>检出ESR1突变，未记录变异（%1，%2采样）。</translation>
    </message>
    <message>
        <source>ESR1 %1 in the ligand-binding domain (codon %2; %3, collected %4).</source>
        <translation>ESR1 %1位于配体结合域（第%2位密码子；%3，%4采样）。</translation>
    </message>
    <message>
        <source>ESR1 %1 is not a variant of the ligand-binding domain (codons 310–547) that the program can read: review (%2, collected %3).</source>
        <translation>ESR1 %1不是本程序可识别的配体结合域（第310–547位密码子）变异：请复核（%2，%3采样）。</translation>
    </message>
    <message>
        <source>The latest ESR1 result (%1, %2, collected %3) predates the latest progression (%4): re-test due.</source>
        <translation>最近一次ESR1结果（%1，%2，%3采样）早于最近一次疾病进展（%4）：需重新检测。</translation>
    </message>
    <message>
        <source>ESR1 result indeterminate (%1, collected %2): re-test due.</source>
        <translation>ESR1结果不确定（%1，%2采样）：需重新检测。</translation>
    </message>
    <message>
        <source>ESR1 not detected (%1, collected %2) although a mutation was found on %3: review the discordant results.</source>
        <translation>未检出ESR1突变（%1，%2采样），但%3曾检出突变：请复核不一致的结果。</translation>
    </message>
    <message>
        <source>ESR1 not detected (%1, collected %2, on or after the latest progression of %3).</source>
        <translation>未检出ESR1突变（%1，%2采样，不早于最近一次疾病进展%3）。</translation>
    </message>
    <message>
        <source>ESR1 not detected (%1, collected %2).</source>
        <translation>未检出ESR1突变（%1，%2采样）。</translation>
    </message>
    <message>
        <source>No benefit of an oral SERD was shown without an ESR1 mutation (EMERALD HR 0.86; EMBER-3 HR 1.00).</source>
        <translation>无ESR1突变时口服SERD未显示获益（EMERALD HR 0.86；EMBER-3 HR 1.00）。</translation>
    </message>
    <message>
        <source>Under 18 years old (%1): outside the label.</source>
        <translation>未满18岁（%1岁）：不在说明书范围内。</translation>
    </message>
    <message>
        <source>Birth date not recorded: cannot check that the patient is an adult (label: adults).</source>
        <translation>未记录出生日期：无法确认患者为成人（说明书：成人）。</translation>
    </message>
    <message>
        <source>Man.</source>
        <translation>男性。</translation>
    </message>
    <message>
        <source>Postmenopausal woman (recorded).</source>
        <translation>绝经后女性（已记录）。</translation>
    </message>
    <message>
        <source>Postmenopausal woman: bilateral oophorectomy recorded.</source>
        <translation>绝经后女性：已记录双侧卵巢切除。</translation>
    </message>
    <message>
        <source>Postmenopausal woman: status not recorded, age %1 (60 or over).</source>
        <translation>绝经后女性：未记录绝经状态，年龄%1岁（60岁及以上）。</translation>
    </message>
    <message>
        <source>bilateral oophorectomy</source>
        <translation>双侧卵巢切除</translation>
    </message>
    <message>
        <source>%1 in the line started %2</source>
        <translation>%1，所在治疗线%2开始</translation>
    </message>
    <message>
        <source>Pre- or perimenopausal woman with ovarian function suppression (%1).</source>
        <translation>绝经前或围绝经期女性，接受卵巢功能抑制（%1）。</translation>
    </message>
    <message>
        <source>Woman of unknown menopausal status with ovarian function suppression (%1).</source>
        <translation>绝经状态不明的女性，接受卵巢功能抑制（%1）。</translation>
    </message>
    <message>
        <source>The label covers postmenopausal women and men: use with ovarian function suppression is off-label.</source>
        <translation>说明书适用于绝经后女性和男性：联合卵巢功能抑制使用属于超说明书用药。</translation>
    </message>
    <message>
        <source>Pre- or perimenopausal woman without ovarian function suppression: outside the label.</source>
        <translation>绝经前或围绝经期女性，未接受卵巢功能抑制：不在说明书范围内。</translation>
    </message>
    <message>
        <source>Pre- or perimenopausal woman without ovarian function suppression (EMBER-3 required a GnRH agonist before menopause).</source>
        <translation>绝经前或围绝经期女性，未接受卵巢功能抑制（EMBER-3研究要求绝经前患者联合GnRH激动剂）。</translation>
    </message>
    <message>
        <source>Menopausal status not known (age %1, no oophorectomy, no ovarian function suppression): confirm it.</source>
        <translation>绝经状态不明（%1岁，无卵巢切除，无卵巢功能抑制）：请确认。</translation>
    </message>
    <message>
        <source>Menopausal status and birth date not recorded, no oophorectomy, no ovarian function suppression: confirm the status.</source>
        <translation>未记录绝经状态和出生日期，无卵巢切除，无卵巢功能抑制：请确认绝经状态。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>percentage not recorded</source>
        <translation>未记录百分比</translation>
    </message>
    <message>
        <source>ER not recorded.</source>
        <translation>未记录ER。</translation>
    </message>
    <message>
        <source>ER positive (%1; %2).</source>
        <translation>ER阳性（%1；%2）。</translation>
    </message>
    <message>
        <source>ER negative (%1; %2).</source>
        <translation>ER阴性（%1；%2）。</translation>
    </message>
    <message>
        <source>HER2 not recorded.</source>
        <translation>未记录HER2。</translation>
    </message>
    <message>
        <source>%1, ISH not recorded</source>
        <translation>%1，未记录ISH</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>HER2-negative: %1 (%2).</source>
        <translation>HER2阴性：%1（%2）。</translation>
    </message>
    <message>
        <source>HER2-positive: %1 (%2).</source>
        <translation>HER2阳性：%1（%2）。</translation>
    </message>
    <message>
        <source>HER2 IHC 2+ without ISH (%1): ISH needed.</source>
        <translation>HER2 IHC 2+且无ISH结果（%1）：需行ISH检测。</translation>
    </message>
    <message>
        <source>HER2 unclear: %1 (%2).</source>
        <translation>HER2不明：%1（%2）。</translation>
    </message>
    <message>
        <source>Progression on %1 on endocrine therapy for advanced disease (%2, started %3).</source>
        <translation>%1在晚期内分泌治疗（%2，%3开始）期间疾病进展。</translation>
    </message>
    <message>
        <source>Relapse on or within 12 months of adjuvant endocrine therapy (%1): the adjuvant therapy counts as the line of endocrine therapy.</source>
        <translation>辅助内分泌治疗期间或结束后12个月内复发（%1）：辅助治疗计为一线内分泌治疗。</translation>
    </message>
    <message>
        <source>Only adjuvant endocrine therapy has failed so far: confirm that it counts as a line of endocrine therapy.</source>
        <translation>目前仅辅助内分泌治疗失败：请确认是否计为一线内分泌治疗。</translation>
    </message>
    <message>
        <source>No progression on endocrine therapy for advanced disease and no relapse on or within 12 months of adjuvant endocrine therapy.</source>
        <translation>晚期内分泌治疗无疾病进展，也无辅助内分泌治疗期间或结束后12个月内复发。</translation>
    </message>
    <message>
        <source>No CDK4/6 inhibitor before the latest progression; this label requires one.</source>
        <translation>最近一次疾病进展前未使用CDK4/6抑制剂；该说明书要求既往使用。</translation>
    </message>
    <message>
        <source>Prior CDK4/6 inhibitor: %1 (%2, started %3).</source>
        <translation>既往CDK4/6抑制剂：%1（%2，%3开始）。</translation>
    </message>
    <message>
        <source>Visceral crisis recorded: chemotherapy is preferred (ABC).</source>
        <translation>已记录内脏危象：首选化疗（ABC）。</translation>
    </message>
    <message>
        <source>No visceral crisis recorded.</source>
        <translation>未记录内脏危象。</translation>
    </message>
    <message>
        <source>Child-Pugh C: avoid.</source>
        <translation>Child-Pugh C级：避免使用。</translation>
    </message>
    <message>
        <source>Child-Pugh B: reduced dose of 258 mg once daily.</source>
        <translation>Child-Pugh B级：减量至258 mg每日一次。</translation>
    </message>
    <message>
        <source>Child-Pugh A: no dose change.</source>
        <translation>Child-Pugh A级：无需调整剂量。</translation>
    </message>
    <message>
        <source>Child-Pugh class not recorded (counts as no hepatic impairment).</source>
        <translation>未记录Child-Pugh分级（按无肝功能损害处理）。</translation>
    </message>
    <message>
        <source>This program cannot evaluate the criterion %1: check it by hand.</source>
        <translation>本程序无法评估标准%1：请人工核对。</translation>
    </message>
    <message>
        <source>strong CYP3A4 inhibitor</source>
        <translation>CYP3A4强效抑制剂</translation>
    </message>
    <message>
        <source>moderate CYP3A4 inhibitor</source>
        <translation>CYP3A4中效抑制剂</translation>
    </message>
    <message>
        <source>strong CYP3A4 inducer</source>
        <translation>CYP3A4强效诱导剂</translation>
    </message>
    <message>
        <source>moderate CYP3A4 inducer</source>
        <translation>CYP3A4中效诱导剂</translation>
    </message>
    <message>
        <source>%1 is not on the CYP3A4 list: interaction not checked.</source>
        <translation>%1不在CYP3A4列表中：未检查相互作用。</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is taken now. %4</source>
        <translation>正在使用%1（%2，%3）。%4</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is taken now; the knowledge data holds no interaction data for %4: check the label.</source>
        <translation>正在使用%1（%2，%3）；知识库中没有%4的相互作用数据：请查阅说明书。</translation>
    </message>
    <message>
        <source>No CDK4/6 inhibitor before the latest progression (EMERALD required one).</source>
        <translation>最近一次疾病进展前未使用CDK4/6抑制剂（EMERALD研究要求既往使用）。</translation>
    </message>
    <message>
        <source>Every prior CDK4/6 inhibitor was given as (neo)adjuvant therapy.</source>
        <translation>既往CDK4/6抑制剂均为（新）辅助治疗。</translation>
    </message>
    <message>
        <source>ER %1 %: the benefit of endocrine therapy is uncertain at ER-low.</source>
        <translation>ER %1%：ER低表达时内分泌治疗的获益不确定。</translation>
    </message>
    <message>
        <source>The current line (%1, since %2) has not progressed: an option for the next change of therapy, not now.</source>
        <translation>当前治疗线（%1，%2起）尚无疾病进展：可作为下次更换治疗时的选项，而非现在。</translation>
    </message>
    <message>
        <source>The approval in this jurisdiction is not verified from a primary source (source: %1).</source>
        <translation>该地区的批准信息未经一手来源核实（来源：%1）。</translation>
    </message>
    <message>
        <source>Already on %1 since %2.</source>
        <translation>自%2起已在使用%1。</translation>
    </message>
    <message>
        <source>Not approved in %1 on %2 according to the knowledge data (last verified %3).</source>
        <translation>根据知识库，截至%2在%1未获批准（最近核实：%3）。</translation>
    </message>
    <message>
        <source>No ESR1 result: test for an ESR1 mutation, plasma ctDNA preferred (ESR1-1).</source>
        <translation>无ESR1结果：检测ESR1突变，首选血浆循环肿瘤DNA（ESR1-1）。</translation>
    </message>
    <message>
        <source>The latest ESR1 result is older than the latest progression or indeterminate: re-test, plasma ctDNA preferred (ESR1-2).</source>
        <translation>最近一次ESR1结果早于最近一次疾病进展或结果不确定：重新检测，首选血浆循环肿瘤DNA（ESR1-2）。</translation>
    </message>
    <message>
        <source>No PIK3CA result: test for a PIK3CA mutation (PIK3-1).</source>
        <translation>无PIK3CA结果：检测PIK3CA突变（PIK3-1）。</translation>
    </message>
    <message>
        <source>No germline BRCA1/BRCA2 result: offer germline testing (BRCA-1).</source>
        <translation>无胚系BRCA1/BRCA2结果：建议行胚系检测（BRCA-1）。</translation>
    </message>
    <message>
        <source>HER2 IHC 2+ without ISH: request ISH (HER2-1).</source>
        <translation>HER2 IHC 2+且无ISH结果：申请ISH检测（HER2-1）。</translation>
    </message>
    <message>
        <source>Menopausal status unknown: confirm it (MENO-1).</source>
        <translation>绝经状态不明：请确认（MENO-1）。</translation>
    </message>
    <message>
        <source>Pre- or perimenopausal without ovarian function suppression: consider it (MENO-2).</source>
        <translation>绝经前或围绝经期且未接受卵巢功能抑制：考虑卵巢功能抑制（MENO-2）。</translation>
    </message>
    <message>
        <source>ESR1 mutation in plasma on %1 during first-line %2 (since %3) without progression: the SERENA-6 situation (SERD-INFO-1).</source>
        <translation>%1在一线%2（%3起）治疗期间、疾病进展前血浆检出ESR1突变：属于SERENA-6研究情形（SERD-INFO-1）。</translation>
    </message>
    <message>
        <source>Progression recorded on tumour-marker evidence alone on %1: not a progression for the rules; correlate with imaging (TM-6).</source>
        <translation>%1仅依据肿瘤标志物记录疾病进展：规则不将其计为疾病进展；请结合影像学评估（TM-6）。</translation>
    </message>
    <message>
        <source>A deciding date is within 30 days of a threshold: check the dates</source>
        <translation>决定性日期距阈值不足30天：请核对日期</translation>
    </message>
    <message>
        <source>Adjuvant endocrine therapy stopped early: the resistance class is uncertain</source>
        <translation>辅助内分泌治疗提前停止：耐药分类不确定</translation>
    </message>
    <message>
        <source>The 6-month threshold was made for endocrine therapy without a CDK4/6 inhibitor</source>
        <translation>6个月阈值是针对不含CDK4/6抑制剂的内分泌治疗制定的</translation>
    </message>
    <message>
        <source>ER or HER2 of a later biopsy differs from the diagnosis</source>
        <translation>后续活检的ER或HER2与诊断时不一致</translation>
    </message>
    <message>
        <source>ER-low (1–10 %): benefit of endocrine therapy uncertain</source>
        <translation>ER低表达（1–10%）：内分泌治疗获益不确定</translation>
    </message>
    <message>
        <source>Only adjuvant endocrine therapy failed: confirm it counts as a line</source>
        <translation>仅辅助内分泌治疗失败：请确认是否计为一线</translation>
    </message>
    <message>
        <source>Off-label before menopause, with ovarian function suppression</source>
        <translation>绝经前联合卵巢功能抑制：超说明书用药</translation>
    </message>
    <message>
        <source>Child-Pugh B: reduced dose 258 mg once daily</source>
        <translation>Child-Pugh B级：减量至258 mg每日一次</translation>
    </message>
    <message>
        <source>Progressed on another oral SERD: no data for a second one</source>
        <translation>另一种口服SERD治疗期间进展：无序贯使用数据</translation>
    </message>
    <message>
        <source>ESR1 mutation without the variant: record it</source>
        <translation>ESR1突变未记录变异：请补充</translation>
    </message>
    <message>
        <source>ESR1 result needs review (variant or indeterminate result)</source>
        <translation>ESR1结果需复核（变异或结果不确定）</translation>
    </message>
    <message>
        <source>ESR1 not detected now but mutated before: review</source>
        <translation>目前未检出ESR1突变但既往曾检出：请复核</translation>
    </message>
    <message>
        <source>No ESR1 mutation: no oral SERD benefit shown</source>
        <translation>无ESR1突变：口服SERD未显示获益</translation>
    </message>
    <message>
        <source>ESR1 tested in tissue only: plasma ctDNA is more sensitive</source>
        <translation>ESR1仅检测了组织：血浆循环肿瘤DNA更敏感</translation>
    </message>
    <message>
        <source>Interaction: a CYP3A4 inhibitor or inducer is taken</source>
        <translation>相互作用：正在使用CYP3A4抑制剂或诱导剂</translation>
    </message>
    <message>
        <source>A current medicine could not be checked for interactions</source>
        <translation>当前用药无法检查相互作用</translation>
    </message>
    <message>
        <source>No prior CDK4/6 inhibitor (the trial required one)</source>
        <translation>既往未用CDK4/6抑制剂（该研究要求使用）</translation>
    </message>
    <message>
        <source>CDK4/6 inhibitor given only as (neo)adjuvant therapy</source>
        <translation>CDK4/6抑制剂仅用于（新）辅助治疗</translation>
    </message>
    <message>
        <source>Current line not progressed: for the next change of therapy</source>
        <translation>当前治疗线未进展：留待下次更换治疗</translation>
    </message>
    <message>
        <source>Approval not verified from a primary source</source>
        <translation>批准信息未经一手来源核实</translation>
    </message>
    <message>
        <source>12 months or more on a CDK4/6 inhibitor: favourable in a post hoc analysis</source>
        <translation>CDK4/6抑制剂治疗12个月或以上：事后分析显示获益更佳</translation>
    </message>
    <message>
        <source>Already taking this drug</source>
        <translation>已在使用此药</translation>
    </message>
    <message>
        <source>Not approved in the selected jurisdiction</source>
        <translation>在所选地区未获批准</translation>
    </message>
    <message>
        <source>ESR1 test due (plasma ctDNA preferred)</source>
        <translation>需检测ESR1（首选血浆循环肿瘤DNA）</translation>
    </message>
    <message>
        <source>ESR1 re-test due since the latest progression</source>
        <translation>最近一次疾病进展后需重新检测ESR1</translation>
    </message>
    <message>
        <source>PIK3CA test due</source>
        <translation>需检测PIK3CA</translation>
    </message>
    <message>
        <source>Germline BRCA1/2 test due</source>
        <translation>需行胚系BRCA1/2检测</translation>
    </message>
    <message>
        <source>HER2 IHC 2+: ISH needed</source>
        <translation>HER2 IHC 2+：需行ISH检测</translation>
    </message>
    <message>
        <source>Confirm the menopausal status</source>
        <translation>请确认绝经状态</translation>
    </message>
    <message>
        <source>Consider ovarian function suppression</source>
        <translation>考虑卵巢功能抑制</translation>
    </message>
    <message>
        <source>ESR1 mutation in ctDNA on first-line AI + CDK4/6 inhibitor (SERENA-6)</source>
        <translation>一线芳香化酶抑制剂联合CDK4/6抑制剂期间循环肿瘤DNA检出ESR1突变（SERENA-6）</translation>
    </message>
    <message>
        <source>Progression recorded on tumour markers alone: not counted as progression</source>
        <translation>仅依据肿瘤标志物记录的疾病进展：不计为疾病进展</translation>
    </message>
    <message>
        <source>Advanced disease</source>
        <translation>晚期疾病</translation>
    </message>
    <message>
        <source>De novo metastatic: no adjuvant class</source>
        <translation>初诊IV期：无辅助治疗分类</translation>
    </message>
    <message>
        <source>Relapse in the first 24 months of adjuvant endocrine therapy</source>
        <translation>辅助内分泌治疗最初24个月内复发</translation>
    </message>
    <message>
        <source>Relapse on adjuvant endocrine therapy after 24 months</source>
        <translation>辅助内分泌治疗24个月后治疗期间复发</translation>
    </message>
    <message>
        <source>Relapse within 12 months after adjuvant endocrine therapy</source>
        <translation>辅助内分泌治疗结束后12个月内复发</translation>
    </message>
    <message>
        <source>Relapse more than 12 months after adjuvant endocrine therapy</source>
        <translation>辅助内分泌治疗结束12个月以后复发</translation>
    </message>
    <message>
        <source>Relapse without prior adjuvant endocrine therapy</source>
        <translation>既往无辅助内分泌治疗的复发</translation>
    </message>
    <message>
        <source>No progression on the first endocrine line for advanced disease</source>
        <translation>晚期一线内分泌治疗无疾病进展</translation>
    </message>
    <message>
        <source>Progression within 6 months of the first endocrine line</source>
        <translation>晚期一线内分泌治疗6个月内疾病进展</translation>
    </message>
    <message>
        <source>Progression after 6 months or more of the first endocrine line</source>
        <translation>晚期一线内分泌治疗6个月或以后疾病进展</translation>
    </message>
    <message>
        <source>ER-negative disease: not applicable</source>
        <translation>ER阴性：不适用</translation>
    </message>
    <message>
        <source>Not evaluable yet</source>
        <translation>暂不可评估</translation>
    </message>
    <message>
        <source>Early stop of adjuvant endocrine therapy</source>
        <translation>辅助内分泌治疗提前停止</translation>
    </message>
    <message>
        <source>CDK4/6 inhibitor in the first endocrine line</source>
        <translation>晚期一线内分泌治疗含CDK4/6抑制剂</translation>
    </message>
    <message>
        <source>Receptors from the latest specimen</source>
        <translation>受体取自最近一次标本</translation>
    </message>
    <message>
        <source>ER positive</source>
        <translation>ER阳性</translation>
    </message>
    <message>
        <source>HER2-negative</source>
        <translation>HER2阴性</translation>
    </message>
    <message>
        <source>Progression after at least one line of endocrine therapy</source>
        <translation>至少一线内分泌治疗后疾病进展</translation>
    </message>
    <message>
        <source>ESR1 mutation</source>
        <translation>ESR1突变</translation>
    </message>
    <message>
        <source>Population of the label</source>
        <translation>说明书适用人群</translation>
    </message>
    <message>
        <source>Prior CDK4/6 inhibitor</source>
        <translation>既往CDK4/6抑制剂</translation>
    </message>
    <message>
        <source>No visceral crisis</source>
        <translation>无内脏危象</translation>
    </message>
    <message>
        <source>Hepatic function</source>
        <translation>肝功能</translation>
    </message>
    <message>
        <source>SERENA-6 situation</source>
        <translation>SERENA-6研究情形</translation>
    </message>
    <message>
        <source>ESR1 test</source>
        <translation>ESR1检测</translation>
    </message>
    <message>
        <source>ESR1 re-test</source>
        <translation>ESR1重新检测</translation>
    </message>
    <message>
        <source>PIK3CA test</source>
        <translation>PIK3CA检测</translation>
    </message>
    <message>
        <source>Germline BRCA test</source>
        <translation>胚系BRCA检测</translation>
    </message>
    <message>
        <source>HER2 ISH</source>
        <translation>HER2 ISH检测</translation>
    </message>
    <message>
        <source>Menopausal status</source>
        <translation>绝经状态</translation>
    </message>
    <message>
        <source>Ovarian function suppression</source>
        <translation>卵巢功能抑制</translation>
    </message>
    <message>
        <source>A marker rise is not a progression</source>
        <translation>肿瘤标志物升高不等于疾病进展</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Primary endocrine resistance</source>
        <translation>原发性内分泌耐药</translation>
    </message>
    <message>
        <source>Secondary endocrine resistance</source>
        <translation>继发性内分泌耐药</translation>
    </message>
    <message>
        <source>Endocrine-sensitive</source>
        <translation>内分泌敏感</translation>
    </message>
    <message>
        <source>Endocrine-naive</source>
        <translation>未经内分泌治疗</translation>
    </message>
    <message>
        <source>No progression yet</source>
        <translation>尚无疾病进展</translation>
    </message>
    <message>
        <source>Not applicable (ER-negative)</source>
        <translation>不适用（ER阴性）</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Not an option</source>
        <translation>不可选</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>需补充信息</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The latest ESR1 result is from tissue; plasma ctDNA is more sensitive (ASCO prefers it).</source>
        <translation>最近一次 ESR1 结果来自组织；血浆循环肿瘤DNA更敏感（ASCO首选）。</translation>
    </message>
    <message>
        <source>%1: %2 falls on the threshold date itself; review the dates.</source>
        <translation>%1：%2恰为阈值日期，请核对日期。</translation>
    </message>
    <message>
        <source>%1: %2 is 1 day from the threshold date %4; review the dates.</source>
        <translation>%1：%2距阈值日期%4仅1天，请核对日期。</translation>
    </message>
    <message>
        <source>The advanced line %1 (endocrine therapy and a CDK4/6 inhibitor) lasted 12 months or more (from %2); post hoc, never decisive.</source>
        <translation>晚期治疗线%1（内分泌治疗联合CDK4/6抑制剂）持续12个月或以上（%2起）；属事后分析，不作为决定依据。</translation>
    </message>
    <message>
        <source>Taking (since %1)</source>
        <translation>正在使用（%1起）</translation>
    </message>
    <message>
        <source>Taking</source>
        <translation>正在使用</translation>
    </message>
    <message>
        <source>Option at the next change</source>
        <translation>下次换药时可选</translation>
    </message>
    <message>
        <source>Met only if the trial drug of the line started %1 (%2) was endocrine therapy: unknown.</source>
        <translation>仅当%1开始的治疗线中的研究药物（%2）为内分泌治疗时才满足：未知。</translation>
    </message>
    <message>
        <source>No CDK4/6 inhibitor before the latest progression, unless the trial drug of the line started %1 (%2) was one: unknown.</source>
        <translation>最近一次进展前未用CDK4/6抑制剂，除非%1开始的治疗线中的研究药物（%2）是CDK4/6抑制剂：未知。</translation>
    </message>
    <message>
        <source>Failed on %1 on %2 (started %3).</source>
        <translation>%1在%2治疗中失败（%3开始）。</translation>
    </message>
    <message>
        <source>Failed on %1 on another oral SERD (%2, started %3): no data for one oral SERD after another.</source>
        <translation>%1在另一种口服SERD治疗中失败（%2，%3开始）：尚无一种口服SERD之后再用另一种的数据。</translation>
    </message>
    <message>
        <source>Failed on %1 on a trial drug that may have been an oral SERD (%2, started %3): unknown.</source>
        <translation>%1在可能为口服SERD的研究药物治疗中失败（%2，%3开始）：未知。</translation>
    </message>
    <message>
        <source>No failure on an oral SERD.</source>
        <translation>未在口服SERD治疗中失败。</translation>
    </message>
    <message>
        <source>%1 since %2, ongoing: no data for one oral SERD after another; failure on it would make SERD-SEQ unknown.</source>
        <translation>%1自%2起正在使用：尚无一种口服SERD之后再用另一种的数据；若该治疗失败，SERD-SEQ将变为未知。</translation>
    </message>
    <message>
        <source>%1 from %2 to %3, stopped: %4, without failure: no data for one oral SERD after another, nor for re-treatment.</source>
        <translation>%1（%2至%3），停药原因：%4，未失败：尚无一种口服SERD之后再用另一种或再次使用的数据。</translation>
    </message>
    <message>
        <source>SERD-SEQ: the relapse on %1 falls on the last day of the 12 months after the adjuvant endocrine therapy with %4 ended; review the dates.</source>
        <translation>SERD-SEQ：%1的复发恰在含%4的辅助内分泌治疗结束后12个月的最后一天；请核对日期。</translation>
    </message>
    <message>
        <source>SERD-SEQ: the relapse on %1 is 1 day from %3, the end of the 12 months after the adjuvant endocrine therapy with %4 ended; review the dates.</source>
        <translation>SERD-SEQ：%1的复发与%3（含%4的辅助内分泌治疗结束后满12个月）相差1天；请核对日期。</translation>
    </message>
    <message>
        <source>SERD-SEQ: the relapse on %1 is %2 days from %3, the end of the 12 months after the adjuvant endocrine therapy with %4 ended; review the dates.</source>
        <translation>SERD-SEQ：%1的复发与%3（含%4的辅助内分泌治疗结束后满12个月）相差%2天；请核对日期。</translation>
    </message>
    <message>
        <source>no class</source>
        <translation>无分类</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>%1 lines hold a trial drug that may or may not be endocrine therapy, too many to read every way: not evaluable (ER-I).</source>
        <translation>%1条治疗线含有可能是也可能不是内分泌治疗的研究药物，过多而无法逐一解读：无法评估（ER-I）。</translation>
    </message>
    <message>
        <source>The trial drug of the line started %1 (%2) may or may not be endocrine therapy: read as endocrine therapy the class is %3, read as not, %4. Not evaluable (ER-I).</source>
        <translation>%1开始的治疗线中的研究药物（%2）可能是也可能不是内分泌治疗：视为内分泌治疗时分类为%3，否则为%4。无法评估（ER-I）。</translation>
    </message>
    <message>
        <source>%1 lines hold a trial drug that may or may not be endocrine therapy; read every way, the class is %2. Not evaluable (ER-I).</source>
        <translation>%1条治疗线含有可能是也可能不是内分泌治疗的研究药物；按各种解读，分类为%2。无法评估（ER-I）。</translation>
    </message>
    <message>
        <source>The line started %1 (%2) holds a trial drug that may or may not be endocrine therapy: the rules read it both ways.</source>
        <translation>%1开始的治疗线（%2）含有可能是也可能不是内分泌治疗的研究药物：规则按两种情况分别解读。</translation>
    </message>
    <message>
        <source>%1 lines hold a trial drug that may or may not be endocrine therapy: the rules read them every way.</source>
        <translation>%1条治疗线含有可能是也可能不是内分泌治疗的研究药物：规则按各种情况分别解读。</translation>
    </message>
    <message>
        <source>Failed on a trial drug that may have been an oral SERD</source>
        <translation>曾在可能为口服SERD的研究药物治疗中失败</translation>
    </message>
    <message>
        <source>Oral SERD given before without failure: no data for another or for re-treatment</source>
        <translation>曾用口服SERD且未失败：尚无换用另一种或再次使用的数据</translation>
    </message>
    <message>
        <source>A trial drug may or may not be endocrine therapy: read both ways</source>
        <translation>研究药物可能是也可能不是内分泌治疗：按两种情况解读</translation>
    </message>
    <message>
        <source>A trial drug decides the class: not evaluable</source>
        <translation>研究药物决定分类：无法评估</translation>
    </message>
    <message>
        <source>Not failed on an oral SERD</source>
        <translation>未在口服SERD治疗中失败</translation>
    </message>
    <message>
        <source>biopsy of %1, site: %2</source>
        <translation>%1活检，部位：%2</translation>
    </message>
    <message>
        <source>ER unclear (status: %1; %2; %3).</source>
        <translation>ER不明（状态：%1；%2；%3）。</translation>
    </message>
</context>
<context>
    <name>ServerMove</name>
    <message>
        <source>the account &quot;%1&quot; is not an administrator: only an administrator moves a database</source>
        <translation>账户“%1”不是管理员：只有管理员可以迁移数据库</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address of the form postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>“%1”不是 postgresql://用户@主机:端口/数据库 形式的服务器地址</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) and their records copied and checked (%1 rows in %2 tables); the audit trail goes on from %3 on the server.</source>
        <translation>
            <numerusform>已复制并核对 %n 位患者及其病历（%2 张表共 %1 行）；审计记录在服务器上从 %3 继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) copied: each needs a new password on the server before it can log in there.</source>
        <translation>
            <numerusform>已复制 %n 个账户：每个账户需在服务器上设置新密码后才能登录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>%1 is not empty (%2 has %3 rows): a desk database is moved only into an empty one</source>
        <translation>%1 不是空的（%2 有 %3 行）：本机数据库只能迁移到空数据库</translation>
    </message>
    <message>
        <source>the copy is incomplete: %1 has %2 rows in the source and %3 in the copy</source>
        <translation>副本不完整：%1 在源数据库中有 %2 行，副本中有 %3 行</translation>
    </message>
    <message>
        <source>the copy&apos;s audit trail does not end where the source&apos;s does</source>
        <translation>副本的审计记录与源数据库的结尾不一致</translation>
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
    <name>Summary</name>
    <message>
        <source>Patient summary</source>
        <translation>患者摘要</translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation>病历号 %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印日期 %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>打印人 %1</translation>
    </message>
    <message>
        <source>For clinical review — not a prescription.</source>
        <translation>供临床审阅——不是处方。</translation>
    </message>
    <message>
        <source>Knowledge data %1</source>
        <translation>知识数据 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>bilateral</source>
        <translation>双侧</translation>
    </message>
    <message>
        <source>invasive ductal carcinoma</source>
        <translation>浸润性导管癌</translation>
    </message>
    <message>
        <source>invasive lobular carcinoma</source>
        <translation>浸润性小叶癌</translation>
    </message>
    <message>
        <source>invasive carcinoma of no special type</source>
        <translation>浸润性癌（非特殊类型）</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>bilateral oophorectomy %1</source>
        <translation>双侧卵巢切除 %1</translation>
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
        <source>MRN</source>
        <translation>病历号</translation>
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
        <source>Outpatient no.</source>
        <translation>门诊号</translation>
    </message>
    <message>
        <source>Inpatient no.</source>
        <translation>住院号</translation>
    </message>
    <message>
        <source>Menopausal status</source>
        <translation>绝经状态</translation>
    </message>
    <message>
        <source>Diagnosis and receptors</source>
        <translation>诊断与受体</translation>
    </message>
    <message>
        <source>No diagnosis recorded.</source>
        <translation>未记录诊断。</translation>
    </message>
    <message>
        <source>de novo metastatic</source>
        <translation>初诊IV期</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>诊断日期</translation>
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
        <translation>分级</translation>
    </message>
    <message>
        <source>TNM (AJCC 8)</source>
        <translation>TNM (AJCC 8)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>分期</translation>
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
        <source>Later biopsies</source>
        <translation>后续活检</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Disease course</source>
        <translation>病程</translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation>未记录病程事件。</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>支持治疗</translation>
    </message>
    <message>
        <source>clinician: %1</source>
        <translation>医生指定：%1</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Concomitant medications:</source>
        <translation>合并用药：</translation>
    </message>
    <message>
        <source>Lines of therapy</source>
        <translation>治疗线</translation>
    </message>
    <message>
        <source>No lines of therapy recorded.</source>
        <translation>未记录治疗线。</translation>
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
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>时长（月）</translation>
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
        <source>Tumour markers</source>
        <translation>肿瘤标志物</translation>
    </message>
    <message>
        <source>No tumour marker results.</source>
        <translation>无肿瘤标志物结果。</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>标志物</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最近结果</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前次结果</translation>
    </message>
    <message>
        <source>ULN</source>
        <translation>正常值上限</translation>
    </message>
    <message>
        <source>Genetic results</source>
        <translation>基因检测结果</translation>
    </message>
    <message>
        <source>No genetic results recorded.</source>
        <translation>未记录基因检测结果。</translation>
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
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Jurisdiction: %1</source>
        <translation>监管辖区：%1</translation>
    </message>
    <message>
        <source>last verified %1</source>
        <translation>最近核实 %1</translation>
    </message>
    <message>
        <source>No assessment is available for this summary: the clinical rules are not part of this version of the program.</source>
        <translation>本摘要没有评估：本版本程序尚未包含临床规则。</translation>
    </message>
    <message>
        <source>Endocrine resistance</source>
        <translation>内分泌耐药</translation>
    </message>
    <message>
        <source>Receptors</source>
        <translation>受体</translation>
    </message>
    <message>
        <source>Oral SERD options</source>
        <translation>口服 SERD 选择</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>No actions due.</source>
        <translation>无待办事项。</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>This figure is not available in this version.</source>
        <translation>本版本暂无此图。</translation>
    </message>
    <message>
        <source>Disease timeline</source>
        <translation>病程时间轴</translation>
    </message>
    <message>
        <source>Tumour-marker chart</source>
        <translation>肿瘤标志物趋势图</translation>
    </message>
    <message>
        <source>not approved on the assessment date</source>
        <translation>评估日期时未获批准</translation>
    </message>
    <message>
        <source>approved (date not recorded)</source>
        <translation>已获批准（未记录日期）</translation>
    </message>
    <message>
        <source>approved %1 (not verified from a primary source)</source>
        <translation>%1获批（未经原始来源核实）</translation>
    </message>
    <message>
        <source>approved %1</source>
        <translation>%1获批</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>总体：%1</translation>
    </message>
    <message>
        <source>Adjuvant: %1</source>
        <translation>辅助治疗：%1</translation>
    </message>
    <message>
        <source>First advanced endocrine line: %1</source>
        <translation>晚期一线内分泌治疗：%1</translation>
    </message>
    <message>
        <source>Common to every option</source>
        <translation>各方案共同事项</translation>
    </message>
    <message>
        <source>stale: verified more than %1 days before printing; approvals and labels may have changed</source>
        <translation>已过期：打印时距最近核实已超过%1天；批准和说明书可能已有变化</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>已故</translation>
    </message>
    <message>
        <source>no options or actions are assessed</source>
        <translation>不再评估治疗选择和待办事项</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>尚不明确</translation>
    </message>
    <message>
        <source>Due actions</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>评估结论</translation>
    </message>
    <message>
        <source>died aged %1</source>
        <translation>终年%1岁</translation>
    </message>
    <message>
        <source>Chinese generic name not verified</source>
        <translation>中文通用名未核实</translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <source>the printer or PDF file cannot be written</source>
        <translation>无法写入打印机或 PDF 文件</translation>
    </message>
    <message>
        <source>a new page cannot be started</source>
        <translation>无法开始新的一页</translation>
    </message>
    <message>
        <source>no patient to print</source>
        <translation>没有要打印的患者</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Marker rise only</source>
        <translation>仅标志物升高</translation>
    </message>
    <message>
        <source>Recorded on tumour-marker evidence only: not counted as progression. Correlate with imaging.</source>
        <translation>仅依据肿瘤标志物记录：不计为疾病进展。请结合影像学判断。</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Sites: %1</source>
        <translation>部位：%1</translation>
    </message>
    <message>
        <source> (germline)</source>
        <translation>（胚系）</translation>
    </message>
    <message>
        <source> (ctDNA)</source>
        <translation>（ctDNA）</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>确诊</translation>
    </message>
    <message>
        <source>Biopsy</source>
        <translation>活检</translation>
    </message>
    <message>
        <source>Marker rise only (not progression)</source>
        <translation>仅标志物升高（不计为进展）</translation>
    </message>
    <message>
        <source>ESR1 mutation</source>
        <translation>ESR1突变</translation>
    </message>
    <message>
        <source>Other genetic result</source>
        <translation>其他基因检测结果</translation>
    </message>
    <message>
        <source>Diagnosis, stage %1</source>
        <translation>确诊，%1期</translation>
    </message>
    <message>
        <source>Biopsy: %1</source>
        <translation>活检：%1</translation>
    </message>
    <message>
        <source>%1 × ULN (%2)</source>
        <translation>%1 × ULN（%2）</translation>
    </message>
    <message>
        <source>Lines of therapy</source>
        <translation>治疗线</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Genetic tests</source>
        <translation>基因检测</translation>
    </message>
    <message>
        <source>Markers (× ULN)</source>
        <translation>肿瘤标志物（× ULN）</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>评估日期 %1</translation>
    </message>
    <message>
        <source>ULN</source>
        <translation>ULN</translation>
    </message>
    <message>
        <source>Adjuvant / neoadjuvant</source>
        <translation>辅助／新辅助</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
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
    <message>
        <source>a value is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>an investigational agent&apos;s brackets name no class (write the classes it may belong to, or leave the brackets out)</source>
        <translation>研究药物的方括号中未写分类（请写出其可能所属的分类，或去掉方括号）</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot; of an investigational agent (AI, SERM, SERD_INJ, SERD_ORAL, CDK46I or OTHER)</source>
        <translation>研究药物的分类“%1”未知（AI、SERM、SERD_INJ、SERD_ORAL、CDK46I或OTHER）</translation>
    </message>
    <message>
        <source>an investigational agent&apos;s label after &quot;:&quot; is empty</source>
        <translation>研究药物“:”之后的标签为空</translation>
    </message>
    <message>
        <source>an investigational agent&apos;s label has %1 characters (at most 60)</source>
        <translation>研究药物的标签有%1个字符（最多60个）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an investigational agent (write investigational, investigational:LABEL, investigational[CLASSES] or investigational[CLASSES]:LABEL)</source>
        <translation>“%1”不是有效的研究药物写法（请写investigational、investigational:标签、investigational[分类]或investigational[分类]:标签）</translation>
    </message>
</context>
<context>
    <name>Worklists</name>
    <message>
        <source>Marker rise</source>
        <translation>标志物升高</translation>
    </message>
    <message>
        <source>%1: nadir %2 → %3 %4 (+%5 %) on %6</source>
        <translation>%1：最低值 %2 → %3 %4（+%5%），%6</translation>
    </message>
    <message>
        <source>%1: nadir %2 → %3 %4 on %5</source>
        <translation>%1：最低值 %2 → %3 %4，%5</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>%1. A marker rise is not a progression by itself: correlate with imaging (TM-6).</source>
        <translation>%1。单凭标志物升高不构成疾病进展，请结合影像学检查（TM-6）。</translation>
    </message>
    <message>
        <source>Oral SERD is an option</source>
        <translation>可选口服SERD</translation>
    </message>
    <message>
        <source>ESR1 test or re-test due</source>
        <translation>需检测或重新检测ESR1</translation>
    </message>
    <message>
        <source>Confirmed tumour-marker rise</source>
        <translation>肿瘤标志物升高（已确认）</translation>
    </message>
    <message>
        <source>Summary not printed since the last change</source>
        <translation>修改后摘要未打印</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>assessment history</source>
        <translation>评估历史</translation>
    </message>
    <message>
        <source>%1 is an option since %2 (new).</source>
        <translation>%1自%2起可选（新）。</translation>
    </message>
    <message>
        <source>%1 is an option since %2.</source>
        <translation>%1自%2起可选。</translation>
    </message>
    <message>
        <source>Confirmed tumour-marker rise: not a progression by itself, correlate with imaging (TM-6).</source>
        <translation>肿瘤标志物升高已确认：单凭此不构成疾病进展，请结合影像学检查（TM-6）。</translation>
    </message>
    <message>
        <source>Changed on %1; the summary was never printed.</source>
        <translation>%1有修改；摘要从未打印。</translation>
    </message>
    <message>
        <source>Changed on %1; the summary was last printed on %2.</source>
        <translation>%1有修改；摘要最近一次打印于%2。</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>mutated</source>
        <translation>突变</translation>
    </message>
    <message>
        <source>mutated, variant to review</source>
        <translation>突变，变异位点待审核</translation>
    </message>
    <message>
        <source>not detected</source>
        <translation>未检出</translation>
    </message>
    <message>
        <source>not detected now, mutated before</source>
        <translation>目前未检出，既往突变</translation>
    </message>
    <message>
        <source>collected before the latest progression</source>
        <translation>采集于最近一次疾病进展之前</translation>
    </message>
    <message>
        <source>indeterminate</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>病历号</translation>
    </message>
    <message>
        <source>Oral SERD</source>
        <translation>口服SERD</translation>
    </message>
    <message>
        <source>Option since</source>
        <translation>可选起始日期</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Latest ESR1 result</source>
        <translation>最近ESR1结果</translation>
    </message>
    <message>
        <source>Current line</source>
        <translation>当前治疗线</translation>
    </message>
    <message>
        <source>Line started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>Last printed</source>
        <translation>最近打印</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>no active line</source>
        <translation>无进行中的治疗线</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Resistance</source>
        <comment>endocrine resistance, a column header</comment>
        <translation>内分泌耐药</translation>
    </message>
    <message>
        <source>knowledge install changes</source>
        <translation>知识更新变更记录</translation>
    </message>
    <message>
        <source>Changed by the last knowledge update</source>
        <translation>最近一次知识更新带来变化</translation>
    </message>
    <message>
        <source>%1 changed by the knowledge update: %2 → %3 %4</source>
        <translation>%1因知识更新而变化：%2 → %3 %4</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变化内容</translation>
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
    <name>onco::AssessmentLink</name>
    <message>
        <source>Updating the stored assessments: %1 of %2</source>
        <translation>正在更新已保存的评估：%1 / %2</translation>
    </message>
    <message>
        <source>The stored assessments could not be updated: %1</source>
        <translation>无法更新已保存的评估：%1</translation>
    </message>
    <message>
        <source>Stored assessments updated: %1</source>
        <translation>已更新已保存的评估：%1</translation>
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
    <name>onco::AutoLock</name>
    <message>
        <source>OncoCase is locked</source>
        <translation>OncoCase 已锁定</translation>
    </message>
    <message>
        <source>Locked after %1 minutes without use: patient data stays hidden until you log in again. Another person may log in with their own account (the open entries are then closed without saving).</source>
        <translation>%1分钟无操作后已锁定：重新登录前患者数据保持隐藏。其他人可用自己的账户登录（此时已打开的录入会被关闭，不保存）。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
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
    <name>onco::CaseFileActions</name>
    <message>
        <source>Import case files</source>
        <translation>导入病例文件</translation>
    </message>
    <message>
        <source>Case files (*.json);;All files (*)</source>
        <translation>病例文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export case file</source>
        <translation>导出病例文件</translation>
    </message>
    <message>
        <source>Case files (*.json)</source>
        <translation>病例文件 (*.json)</translation>
    </message>
    <message>
        <source>Import the patients of %1 of the %2 chosen files?</source>
        <translation>导入所选 %2 个文件中 %1 个文件的患者？</translation>
    </message>
    <message>
        <source>An import is not an undoable edit: Undo will not take it back. Each file is imported in its own transaction and written to the audit trail.</source>
        <translation>导入不是可撤销的编辑：“撤销”无法恢复。每个文件在各自的事务中导入，并记入审计记录。</translation>
    </message>
    <message>
        <source>Files with problems import nothing; the result lists their problems.</source>
        <translation>有问题的文件不会导入任何内容；结果中会列出问题。</translation>
    </message>
    <message>
        <source>These patients exist already: %1. Unless you choose to replace them, they are left as they are.</source>
        <translation>以下患者已存在：%1。除非选择替换，否则保持不变。</translation>
    </message>
    <message>
        <source>Replace the whole record of the existing patients</source>
        <translation>替换已有患者的全部记录</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>已将 %1 导出到 %2</translation>
    </message>
    <message>
        <source>&amp;Import case files…</source>
        <translation>导入病例文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import patients from case files (oncocase-case/1)</source>
        <translation>从病例文件（oncocase-case/1）导入患者</translation>
    </message>
    <message>
        <source>E&amp;xport case file…</source>
        <translation>导出病例文件(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the open patient to a case file</source>
        <translation>将当前患者写入病例文件</translation>
    </message>
</context>
<context>
    <name>onco::CaseService</name>
    <message>
        <source>no patient with id %1</source>
        <translation>没有编号为 %1 的患者</translation>
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
    <message>
        <source>the account &quot;%1&quot; is read-only: it may search, view and print, not change records</source>
        <translation>账户&quot;%1&quot;为只读：可以搜索、查看和打印，不能修改记录</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <source>this patient&apos;s record was changed by %1 at %2 on another workstation; reload it to see the change, or keep yours to save it over</source>
        <translation>此患者的病历已由 %1 于 %2 在另一工作站修改；请重新载入查看该修改，或保留您的修改并覆盖保存</translation>
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
    <message>
        <source>&quot;%1&quot; is not an AJCC stage group: choose one from the list</source>
        <translation>&quot;%1&quot;不是AJCC分期组：请从列表中选择</translation>
    </message>
</context>
<context>
    <name>onco::DiseaseTimeline</name>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>显示全程</translation>
    </message>
    <message>
        <source>Show the whole course</source>
        <translation>显示完整病程</translation>
    </message>
    <message>
        <source>Wheel: zoom · Shift+wheel: scroll · click an item to open it</source>
        <translation>滚轮：缩放 · Shift+滚轮：平移 · 点击项目可打开</translation>
    </message>
    <message>
        <source>Nothing recorded on the timeline yet.</source>
        <translation>时间轴上尚无记录。</translation>
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
        <source>Drug name, English or Chinese</source>
        <translation>中文或英文药名</translation>
    </message>
    <message>
        <source>Type part of a drug name in English or Chinese (e.g. letro or 来曲), then choose it with Down and Enter, or type the whole name and press Enter</source>
        <translation>输入药名的一部分（中英文均可，如 来曲 或 letro），用↓和回车选择；或输入完整药名后按回车</translation>
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
        <source>Investigational agent (clinical trial)…</source>
        <translation>研究药物（临床试验）…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid investigational agent: use &quot;Trial drug…&quot;</source>
        <translation>“%1”不是有效的研究药物写法：请使用“研究药物…”</translation>
    </message>
    <message>
        <source>Trial drug…</source>
        <translation>研究药物…</translation>
    </message>
    <message>
        <source>Add an investigational agent (clinical trial drug) whose identity is not known</source>
        <translation>添加身份未知的研究药物（临床试验用药）</translation>
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
    <name>onco::ImportResultDialog</name>
    <message>
        <source>Imported: new patient %1</source>
        <translation>已导入：新患者 %1</translation>
    </message>
    <message>
        <source>Imported: the record of %1 was replaced</source>
        <translation>已导入：%1 的记录已替换</translation>
    </message>
    <message>
        <source>Not imported: %1 already exists and was left as it was</source>
        <translation>未导入：%1 已存在，保持不变</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Not imported: problems found in the file: %1</source>
        <translation>未导入：文件中发现问题：%1</translation>
    </message>
    <message>
        <source>Import case files — result</source>
        <translation>导入病例文件——结果</translation>
    </message>
    <message>
        <source>Files imported: %1 of %2. A file with any problem imports nothing; correct it and import it again.</source>
        <translation>已导入文件：%1 / %2。有任何问题的文件不会导入；请更正后重新导入。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation>（整个文件）</translation>
    </message>
</context>
<context>
    <name>onco::InvestigationalDialog</name>
    <message>
        <source>Aromatase inhibitor (AI)</source>
        <translation>芳香化酶抑制剂（AI）</translation>
    </message>
    <message>
        <source>SERM (tamoxifen-like)</source>
        <translation>SERM（类似他莫昔芬）</translation>
    </message>
    <message>
        <source>Injectable SERD (fulvestrant-like)</source>
        <translation>注射用SERD（类似氟维司群）</translation>
    </message>
    <message>
        <source>Oral SERD or other oral ER-directed drug (PROTAC, CERAN, SERCA …)</source>
        <translation>口服SERD或其他口服雌激素受体靶向药物（PROTAC、CERAN、SERCA等）</translation>
    </message>
    <message>
        <source>CDK4/6 inhibitor</source>
        <translation>CDK4/6抑制剂</translation>
    </message>
    <message>
        <source>Other (not ER-directed, not a CDK4/6 inhibitor: chemotherapy, ADC, PI3K/AKT/mTOR …)</source>
        <translation>其他（非雌激素受体靶向、非CDK4/6抑制剂：化疗、ADC、PI3K/AKT/mTOR等）</translation>
    </message>
    <message>
        <source>Investigational agent (clinical trial)</source>
        <translation>研究药物（临床试验）</translation>
    </message>
    <message>
        <source>A trial drug whose identity is not known. Tick every class it may belong to: all of them for a blinded arm you know nothing about; oral SERD and AI for a blinded oral-SERD-versus-AI trial. The rules read the line every way these classes allow.</source>
        <translation>身份未知的临床试验用药。请勾选其可能所属的全部分类：对一无所知的盲法组全部勾选；口服SERD对照AI的盲法试验勾选口服SERD和AI。规则会按这些分类允许的所有情况解读该治疗线。</translation>
    </message>
    <message>
        <source>Trial code or arm, e.g. SHR-1234 (blinded)</source>
        <translation>试验编号或组别，如SHR-1234（盲法）</translation>
    </message>
    <message>
        <source>&amp;Label (optional):</source>
        <translation>标签（可选）(&amp;L)：</translation>
    </message>
    <message>
        <source>Tick at least one class (all of them when nothing is known).</source>
        <translation>请至少勾选一个分类（一无所知时全部勾选）。</translation>
    </message>
    <message>
        <source>The label has %1 characters; at most %2.</source>
        <translation>标签有%1个字符；最多%2个。</translation>
    </message>
</context>
<context>
    <name>onco::KnowledgeActions</name>
    <message>
        <source>&amp;Knowledge…</source>
        <translation>知识数据(&amp;K)…</translation>
    </message>
    <message>
        <source>Install &amp;knowledge update…</source>
        <translation>安装知识更新(&amp;K)…</translation>
    </message>
    <message>
        <source>The knowledge data (version %1) was last verified on %2, more than %3 days ago: approvals and labels may have changed since. Install a knowledge update (Edit ▸ Install knowledge update…).</source>
        <translation>知识数据（版本%1）最近核实于%2，已超过%3天：批准和说明书可能已有变化。请安装知识更新（编辑 ▸ 安装知识更新…）。</translation>
    </message>
    <message>
        <source>Install knowledge update</source>
        <translation>安装知识更新</translation>
    </message>
    <message>
        <source>Knowledge packs (*.json);;All files (*)</source>
        <translation>知识包 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>The pack %1 is not newer than the knowledge in force (%2). Go back to it?</source>
        <translation>知识包%1不比当前使用的知识（%2）更新。是否回退到该版本？</translation>
    </message>
    <message>
        <source>The knowledge pack was not installed; nothing was changed.

%1</source>
        <translation>知识包未安装；未做任何修改。

%1</translation>
    </message>
    <message>
        <source>The knowledge pack was not installed.

%1</source>
        <translation>知识包未安装。

%1</translation>
    </message>
    <message>
        <source>Knowledge %1 is installed (%2 stored assessments recomputed). OncoCase now reopens the database to use it.</source>
        <translation>知识%1已安装（已重新计算%2条保存的评估）。OncoCase将重新打开数据库以使用新知识。</translation>
    </message>
</context>
<context>
    <name>onco::KnowledgeInfoDialog</name>
    <message>
        <source>Knowledge data</source>
        <translation>知识数据</translation>
    </message>
    <message>
        <source>Installed into this database on %1 by %2.</source>
        <translation>由%2于%1安装到本数据库。</translation>
    </message>
    <message>
        <source>Built into the program (the pack %1 installed into this database is older).</source>
        <translation>程序内置（本数据库中安装的知识包%1较旧）。</translation>
    </message>
    <message>
        <source>Built into the program.</source>
        <translation>程序内置。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Knowledge %1&lt;/b&gt;, last verified %2.&lt;br&gt;%3</source>
        <translation>&lt;b&gt;知识版本%1&lt;/b&gt;，最近核实于%2。&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Last verified more than %1 days ago: approvals and labels may have changed since. Install a knowledge update.</source>
        <translation>最近核实已超过%1天：批准和说明书可能已有变化。请安装知识更新。</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>监管地区</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>核实</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>核对日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未获批</translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>%1获批</translation>
    </message>
    <message>
        <source>Approved (date unknown)</source>
        <translation>已获批（日期未知）</translation>
    </message>
    <message>
        <source>Primary source</source>
        <translation>原始来源</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未核实</translation>
    </message>
</context>
<context>
    <name>onco::KnowledgeInstallDialog</name>
    <message>
        <source>Install knowledge update</source>
        <translation>安装知识更新</translation>
    </message>
    <message>
        <source>No drug, approval or label changes.</source>
        <translation>药物、批准和说明书均无变化。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Knowledge %1 → %2&lt;/b&gt;&lt;br&gt;%3</source>
        <translation>&lt;b&gt;知识 %1 → %2&lt;/b&gt;&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>No patient&apos;s oral SERD status or flags change (%1, today).</source>
        <translation>没有患者的口服SERD状态或提示发生变化（%1，今天）。</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>病历号</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <source>The update is stored in this database, so every workstation using it gets the same knowledge; the install is recorded in the audit trail. OncoCase reopens the database to use it.</source>
        <translation>更新保存在本数据库中，使用该数据库的所有工作站都获得相同的知识；安装记录在审计日志中。OncoCase将重新打开数据库以使用新知识。</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>安装(&amp;I)</translation>
    </message>
    <message>
        <source>Oral SERD cards that change (%1, today): %2</source>
        <translation>发生变化的口服SERD卡片（%1，今天）：%2</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
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
        <source>On treatment for %1 so far</source>
        <translation>迄今已治疗%1</translation>
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
        <source>Duration</source>
        <translation>治疗时长</translation>
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
</context>
<context>
    <name>onco::LogInDialog</name>
    <message>
        <source>Log in to OncoCase</source>
        <translation>登录 OncoCase</translation>
    </message>
    <message>
        <source>This database has user accounts: who is working?
%1</source>
        <translation>此数据库设有用户账户：请登录。
%1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>用户名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
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
    <message>
        <source>Patients</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Worklists</source>
        <translation>工作清单</translation>
    </message>
    <message>
        <source>OncoCase — locked</source>
        <translation>OncoCase — 已锁定</translation>
    </message>
</context>
<context>
    <name>onco::MarkerChartView</name>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Show the whole course again (or double-click the chart). The mouse wheel over the chart zooms in time; dragging moves in time.</source>
        <translation>重新显示完整病程（或双击图表）。在图表上滚动鼠标滚轮可按时间缩放，拖动可沿时间移动。</translation>
    </message>
    <message>
        <source>Export marker chart</source>
        <translation>导出标志物图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Markers:</source>
        <translation>标志物：</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Logarithmic value axis; a result of 0 is drawn on the axis floor</source>
        <translation>对数纵轴；结果为 0 时画在坐标轴底部</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>No tumour marker results recorded for this patient.</source>
        <translation>该患者尚无肿瘤标志物结果。</translation>
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
        <source>% change</source>
        <comment>from the previous result of the same marker</comment>
        <translation>较前次变化</translation>
    </message>
    <message>
        <source>From %1 %2 on %3</source>
        <translation>相对于%3的 %1 %2</translation>
    </message>
    <message>
        <source>Not compared with the result before (%1): another assay or unit</source>
        <translation>未与前次结果（%1）比较：检测方法或单位不同</translation>
    </message>
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
        <source>Due actions</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Line and setting</source>
        <translation>线数与治疗阶段</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>%1级</translation>
    </message>
    <message>
        <source>%1 (died aged %2)</source>
        <translation>%1（终年%2岁）</translation>
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
    <message>
        <source>Deceased (%1)</source>
        <translation>已故（%1）</translation>
    </message>
    <message>
        <source>died aged %1</source>
        <translation>终年%1岁</translation>
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
        <source>Last change</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>Due actions</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Outpatient no.</source>
        <translation>门诊号</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>匹配项</translation>
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
    <message>
        <source>Only patients for whom an oral SERD is an option now (not already taken, not waiting for the current line to progress)</source>
        <translation>只显示目前可选用口服SERD的患者（尚未使用，且不是等待当前治疗进展）</translation>
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
    <message>
        <source>&amp;Disease history</source>
        <translation>病程(&amp;D)</translation>
    </message>
</context>
<context>
    <name>onco::PgPatientSearch</name>
    <message>
        <source>patient search</source>
        <translation>患者检索</translation>
    </message>
</context>
<context>
    <name>onco::PrintActions</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Print preview of the open patient&apos;s summary (print language in the preview)</source>
        <translation>当前患者摘要的打印预览（在预览中选择打印语言）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the open patient&apos;s summary</source>
        <translation>打印当前患者的摘要</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the open patient&apos;s summary as a PDF file</source>
        <translation>将当前患者的摘要保存为 PDF 文件</translation>
    </message>
</context>
<context>
    <name>onco::PrintController</name>
    <message>
        <source>Export summary as PDF</source>
        <translation>将摘要导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The summary was printed, but the print could not be written to the audit trail:
%1</source>
        <translation>摘要已打印，但这次打印未能写入审计记录：
%1</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>打印摘要</translation>
    </message>
    <message numerus="yes">
        <source>Print %n summaries</source>
        <translation>
            <numerusform>打印 %n 份摘要</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onco::PrintOptionsDialog</name>
    <message>
        <source>Print language</source>
        <translation>打印语言</translation>
    </message>
    <message>
        <source>The summary is printed in this language whatever the language of the program.</source>
        <translation>无论程序界面使用哪种语言，摘要都以此语言打印。</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Bilingual (Chinese and English)</source>
        <translation>双语（中文和英文）</translation>
    </message>
</context>
<context>
    <name>onco::PrintPreview</name>
    <message>
        <source>Print preview — patient summary</source>
        <translation>打印预览——患者摘要</translation>
    </message>
    <message>
        <source>Print language:</source>
        <translation>打印语言：</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
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
    <message>
        <source>Changed on another workstation</source>
        <translation>已在另一工作站修改</translation>
    </message>
    <message>
        <source>Reload shows the record as it is stored now; your change is not saved. Keep mine saves your change over the other one (both stay in the audit trail).</source>
        <translation>“重新载入”显示当前存储的病历，您的修改不会保存。“保留我的”将您的修改覆盖保存（两次修改都保留在审计记录中）。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence from a clause</comment>
        <translation>%1。</translation>
    </message>
</context>
<context>
    <name>onco::ServerMoveAction</name>
    <message>
        <source>Move to &amp;server…</source>
        <translation>迁移到服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Copy this database into an empty database on the department server, and check the copy</source>
        <translation>将此数据库复制到科室服务器上的空数据库，并核对副本</translation>
    </message>
    <message>
        <source>Move to server</source>
        <translation>迁移到服务器</translation>
    </message>
    <message>
        <source>The empty database on the department server, for example
postgresql://wang.li@10.0.0.5:5432/oncocase

Everything is copied and checked: records, audit trail, stored assessments, knowledge, accounts. This database is not changed; afterwards, open the server database on every workstation.</source>
        <translation>科室服务器上的空数据库，例如
postgresql://wang.li@10.0.0.5:5432/oncocase

所有内容都会被复制并核对：病历、审计记录、已存评估、知识库、账户。此数据库不会被修改；之后请在每台工作站上打开服务器数据库。</translation>
    </message>
</context>
<context>
    <name>onco::SettingsDialog</name>
    <message>
        <source>Oral SERD options are assessed against the approvals of this jurisdiction. A case file may name its own, and the command line can override both.</source>
        <translation>口服SERD选项按此地区的获批情况评估。病例文件可指定自己的地区，命令行又可覆盖两者。</translation>
    </message>
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
        <source>Upper limits of normal (site defaults)</source>
        <translation>正常值上限（本院默认值）</translation>
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
        <source>heads every printed summary</source>
        <translation>印在每份摘要顶部</translation>
    </message>
    <message>
        <source>&amp;Lock after (idle)</source>
        <translation>无操作后锁定(&amp;L)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Where the database has user accounts, the window hides patient data after this many minutes without use (from the next start).</source>
        <translation>数据库设有用户账户时，窗口在无操作达到此分钟数后隐藏患者数据（下次启动起生效）。</translation>
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
<context>
    <name>onco::WorklistPanel</name>
    <message>
        <source>Print summaries</source>
        <translation>打印摘要</translation>
    </message>
    <message>
        <source>%1 summaries are too many to print at once (at most %2). Select the patients or narrow the list with the filter.</source>
        <translation>一次打印 %1 份摘要过多（最多 %2 份）。请选择患者，或用筛选缩小清单。</translation>
    </message>
    <message>
        <source>Print the summaries of %1 patients?</source>
        <translation>打印 %1 位患者的摘要？</translation>
    </message>
    <message>
        <source>Export the worklist</source>
        <translation>导出工作清单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>Exported the list (patients: %1) to %2</source>
        <translation>已将清单（患者：%1）导出至 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Filter by name or MRN</source>
        <translation>按姓名或病历号筛选</translation>
    </message>
    <message>
        <source>New only (%1 days)</source>
        <translation>仅新增（%1天内）</translation>
    </message>
    <message>
        <source>Only oral SERDs that became an option in the last %1 days</source>
        <translation>仅显示最近 %1 天内成为可选的口服SERD</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出CSV…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>The selected patients, or every patient listed when none is selected.</source>
        <translation>所选患者；未选择时为清单中的全部患者。</translation>
    </message>
    <message>
        <source>An oral SERD is an option to act on now: not already taken, and not waiting for the current line to progress. New: it became an option in the last %1 days.</source>
        <translation>口服SERD目前可作为选择：患者尚未使用，且无需等待当前治疗线进展。新：最近 %1 天内成为可选。</translation>
    </message>
    <message>
        <source>An ESR1 test (plasma ctDNA preferred) or a re-test since the latest progression is due.</source>
        <translation>需检测ESR1（首选血浆循环肿瘤DNA），或在最近一次疾病进展后重新检测。</translation>
    </message>
    <message>
        <source>A confirmed tumour-marker rise: not a progression by itself, correlate with imaging (TM-6).</source>
        <translation>肿瘤标志物升高已确认：单凭此不构成疾病进展，请结合影像学检查（TM-6）。</translation>
    </message>
    <message>
        <source>The record changed after its summary was last printed, or it was never printed.</source>
        <translation>病历在最近一次打印摘要后有修改，或摘要从未打印。</translation>
    </message>
    <message>
        <source>Reading the worklists…</source>
        <translation>正在读取工作清单…</translation>
    </message>
    <message>
        <source>The worklists cannot be read: %1</source>
        <translation>无法读取工作清单：%1</translation>
    </message>
    <message>
        <source>%1 of %2 patients listed · as of %3</source>
        <translation>显示 %1 / %2 位患者 · 评估日期 %3</translation>
    </message>
    <message>
        <source>patients not yet assessed for today: %1 (being brought up to date)</source>
        <translation>今日尚未评估的患者：%1（正在更新）</translation>
    </message>
    <message>
        <source>The last knowledge update changed an oral SERD card of these patients (its status or flags): review them.</source>
        <translation>最近一次知识更新改变了这些患者的口服SERD卡片（状态或提示）：请复核。</translation>
    </message>
</context>
<context>
    <name>onco::assessments::AssessmentService</name>
    <message>
        <source>the database is read-only: summaries cannot be stored</source>
        <translation>数据库为只读：无法保存评估摘要</translation>
    </message>
</context>
</TS>
