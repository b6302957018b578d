//! What the page shows: each table (a runner, its arguments, the columns of its JSON
//! rows), in both languages. Adding a table to the page is adding an entry here.

/// One section of the page: a runner's table in both languages.
pub struct Section {
    /// The section's heading, English then Chinese.
    pub title: [&'static str; 2],
    /// The runner's package.
    pub lab: &'static str,
    /// Its arguments (`--json` is added).
    pub args: Vec<&'static str>,
    /// Where the rows are in the runner's JSON: `results` for most labs; lab-08's demo
    /// has one array per section of its report (`freeze`, `tasks`, `idle`).
    pub rows: &'static str,
    /// `(JSON key, English heading, Chinese heading)`.
    pub columns: Vec<(&'static str, &'static str, &'static str)>,
}

/// Every table on the page, in the page's order.
pub fn sections() -> Vec<Section> {
    vec![
        Section {
            title: [
                "Lab 02: the threaded server (64 clients, 50 ms handler)",
                "实验 02：多线程服务器（64 个客户端，处理函数 50 毫秒）",
            ],
            lab: "lab-02",
            args: vec![],
            rows: "results",
            columns: vec![
                ("label", "model", "模型"),
                ("requests_per_sec", "requests/s", "请求/秒"),
                ("p50_ms", "p50 ms", "p50 毫秒"),
                ("p99_ms", "p99 ms", "p99 毫秒"),
                ("limit_per_sec", "Little's-law limit/s", "利特尔法则上限/秒"),
                ("percent_of_limit", "% of limit", "占上限 %"),
                ("peak_threads", "peak threads", "线程峰值"),
            ],
        },
        Section {
            title: [
                "Lab 03: the shared-counter race (2 threads x 10,000,000 steps)",
                "实验 03：共享计数器的竞争（2 个线程 x 10,000,000 步）",
            ],
            lab: "lab-03",
            args: vec![],
            rows: "results",
            columns: vec![
                ("strategy", "strategy", "策略"),
                ("schedule", "schedule", "调度"),
                ("pinning", "threads", "线程"),
                ("result", "result", "结果"),
                ("lost_updates", "updates lost", "丢失的更新"),
                ("nanos_per_op", "ns per step", "每步纳秒"),
            ],
        },
        Section {
            title: [
                "Lab 04: 30,000 tasks of 1 ms",
                "实验 04：三万个 1 毫秒的任务",
            ],
            lab: "lab-04",
            args: vec![],
            rows: "results",
            columns: vec![
                ("strategy", "strategy", "策略"),
                ("completed", "tasks run once", "恰好运行一次的任务"),
                ("workers", "workers", "工作线程"),
                ("wall_ms", "wall ms", "耗时 毫秒"),
                ("peak_threads", "peak threads", "线程峰值"),
                ("peak_rss_kib", "peak memory KiB", "内存峰值 KiB"),
                ("bound_ms", "Little's-law bound ms", "利特尔法则下限 毫秒"),
            ],
        },
        Section {
            title: [
                "Lab 05: singletons (50 threads)",
                "实验 05：单例（50 个线程）",
            ],
            lab: "lab-05",
            args: vec![],
            rows: "results",
            columns: vec![
                ("way", "way", "方式"),
                ("constructions", "built", "构建次数"),
                ("distinct_instances", "instances", "实例数"),
                ("access_ns", "ns per access", "每次访问纳秒"),
                (
                    "access_ns_all_cpus",
                    "ns per access, all CPUs",
                    "所有 CPU 同时读 纳秒",
                ),
            ],
        },
        Section {
            title: ["Lab 06: a thread vs a process", "实验 06：线程与进程"],
            lab: "lab-06",
            args: vec!["cost"],
            rows: "results",
            columns: vec![
                (
                    "thread_spawn_us",
                    "thread start+join µs",
                    "线程启动+结束 微秒",
                ),
                (
                    "process_spawn_us",
                    "process start+wait µs",
                    "进程启动+结束 微秒",
                ),
                ("thread_rss_kib", "memory per thread KiB", "每线程内存 KiB"),
                (
                    "process_rss_kib",
                    "memory per process KiB",
                    "每进程内存 KiB",
                ),
            ],
        },
        Section {
            title: [
                "Lab 07: idle connections (1,000) and 64 active clients",
                "实验 07：1,000 个空闲连接与 64 个活跃客户端",
            ],
            lab: "lab-07",
            args: vec!["--connections", "1000"],
            rows: "results",
            columns: vec![
                ("model", "model", "模型"),
                ("connections", "connections held", "持有的连接"),
                ("threads", "threads", "线程"),
                ("rss_kib", "memory added KiB", "增加的内存 KiB"),
                ("requests_per_sec", "requests/s", "请求/秒"),
                ("p99_ms", "p99 ms", "p99 毫秒"),
                ("errors", "errors", "错误"),
            ],
        },
        Section {
            title: [
                "Lab 08: a 1,000 ms /block, and other clients' wait",
                "实验 08：一个 1,000 毫秒的 /block，其他客户端等了多久",
            ],
            lab: "lab-08",
            args: vec![],
            rows: "freeze",
            columns: vec![
                ("flavor", "runtime", "运行时"),
                ("blocking", "/block runs", "/block 在哪里运行"),
                ("blocked", "blocked at once", "同时阻塞"),
                (
                    "probe_max_ms",
                    "others' worst ms",
                    "其他客户端最长等待 毫秒",
                ),
            ],
        },
        Section {
            title: [
                "Lab 08: 30,000 tasks of 1 ms, tokio beside lab-04",
                "实验 08：30,000 个 1 毫秒的任务，tokio 与实验 04 对比",
            ],
            lab: "lab-08",
            args: vec![],
            rows: "tasks",
            columns: vec![
                ("strategy", "strategy", "策略"),
                ("wall_ms", "wall ms", "耗时 毫秒"),
                ("max_running", "most at once", "最多同时运行"),
                ("peak_threads", "peak threads", "线程峰值"),
                ("peak_rss_kib", "peak RSS KiB", "内存峰值 KiB"),
            ],
        },
        Section {
            title: [
                "Lab 08: 2,000 idle connections: tokio, lab-07's loop, a thread each",
                "实验 08：2,000 个空闲连接：tokio、实验 07 的循环、每连接一个线程",
            ],
            lab: "lab-08",
            args: vec![],
            rows: "idle",
            columns: vec![
                ("server", "server", "服务器"),
                ("connections", "idle held", "持有的空闲连接"),
                ("threads", "threads", "线程"),
                ("rss_kib", "memory added KiB", "增加的内存 KiB"),
            ],
        },
        Section {
            title: [
                "Lab 08: 64 kept-alive clients: tokio, lab-02's pool, lab-07's loops",
                "实验 08：64 个长连接客户端：tokio、实验 02 的线程池、实验 07 的循环",
            ],
            lab: "lab-08",
            args: vec![],
            rows: "kept_alive",
            columns: vec![
                ("server", "server", "服务器"),
                ("clients_served", "clients served", "服务到的客户端"),
                ("requests_per_sec", "requests/s", "请求/秒"),
                ("errors", "failed", "失败"),
            ],
        },
    ]
}
