package org.xiaoneng.bench;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;

/**
 * The peer: Flowable 8's process engine (standalone, bench scope only) running the same three-stage item — intake
 * (start with the application's variables), the window's, the handler's and the reviewer's user task, each claimed
 * and completed in order, end — on the same PostgreSQL (its own database, {@code flowable_bench}, created and dropped
 * here), with the engine's defaults otherwise (history level audit, no async executor needed).
 */
final class FlowablePeer {

    private static final String DATABASE = "flowable_bench";

    private final Bench.Settings s;

    FlowablePeer(Bench.Settings s) {
        this.s = s;
    }

    Load.Result run() throws Exception {
        try (Connection db = Bench.connect(s.db())) {
            Bench.exec(db, "DROP DATABASE IF EXISTS " + DATABASE);
            Bench.exec(db, "CREATE DATABASE " + DATABASE);
        }
        String url = s.db().replaceFirst("/[^/?]+(\\?.*)?$", "/" + DATABASE);
        long t0 = System.nanoTime();
        ProcessEngineConfiguration config = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(url).setJdbcUsername("postgres").setJdbcPassword("")
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcMaxActiveConnections(s.threads() + 2)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setAsyncExecutorActivate(false);
        ProcessEngine engine = config.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().addClasspathResource("three-stage-item.bpmn20.xml")
                    .deploy();
            Bench.log("Flowable %s up on %s in %.1f s (history level %s)", ProcessEngine.class.getPackage()
                    .getImplementationVersion(), url, (System.nanoTime() - t0) / 1e9,
                    engine.getProcessEngineConfiguration().getHistoryLevel());
            RuntimeService runtime = engine.getRuntimeService();
            TaskService tasks = engine.getTaskService();
            List<String> users = List.of("clerk1", "handler1", "reviewer1");
            return Load.run("Flowable (start, 3 user tasks claimed and completed, end)", s.threads(), s.warmup(),
                    s.measure(), (w, seq) -> {
                        ProcessInstance instance = runtime.startProcessInstanceByKey("threeStageItem",
                                "bench-" + seq, Map.of("itemCode", Bench.ITEM, "applicantName", "张三丰",
                                        "applicantIdNumber", "110101199003077777", "applicantPhone", "13812345678",
                                        "channel", "WINDOW", "suppliedMaterials", "外商投资企业设立申请书; 投资各方签署的合同、章程"));
                        for (String user : users) {
                            Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
                            tasks.claim(task.getId(), user);
                            tasks.complete(task.getId(), Map.of("outcome", "PASS", "opinion", "同意"));
                        }
                        if (runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() != 0) {
                            throw new IllegalStateException("instance " + instance.getId() + " did not end");
                        }
                    });
        } finally {
            engine.close();
            try (Connection db = Bench.connect(s.db())) {
                Bench.exec(db, "DROP DATABASE IF EXISTS " + DATABASE);
            }
        }
    }
}
