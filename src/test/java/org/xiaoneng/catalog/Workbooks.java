package org.xiaoneng.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Catalog workbooks for tests: an exported file opened to change cells by sheet name and header (as a person would in
 * Excel), and generated files of many items.
 */
public final class Workbooks implements AutoCloseable {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final XSSFWorkbook workbook;

    private Workbooks(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    public static Workbooks open(byte[] content) {
        try {
            return new Workbooks(new XSSFWorkbook(new ByteArrayInputStream(content)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Excel row number (from 1) of the first row whose column {@code header} reads {@code value}. */
    public int rowOf(String sheet, String header, String value) {
        Sheet s = workbook.getSheet(sheet);
        int column = column(s, header);
        for (Row row : s) {
            if (row.getRowNum() > 0 && value.equals(text(row.getCell(column)))) {
                return row.getRowNum() + 1;
            }
        }
        throw new IllegalArgumentException(value + " not in " + sheet + "/" + header);
    }

    public String get(String sheet, int rowNumber, String header) {
        Sheet s = workbook.getSheet(sheet);
        return text(s.getRow(rowNumber - 1).getCell(column(s, header)));
    }

    public Workbooks set(String sheet, int rowNumber, String header, String value) {
        Sheet s = workbook.getSheet(sheet);
        Row row = s.getRow(rowNumber - 1) == null ? s.createRow(rowNumber - 1) : s.getRow(rowNumber - 1);
        row.createCell(column(s, header)).setCellValue(value);
        return this;
    }

    /** Appends a row; answers its Excel row number. */
    public int append(String sheet, Map<String, String> values) {
        Sheet s = workbook.getSheet(sheet);
        int number = s.getLastRowNum() + 2;
        values.forEach((header, value) -> set(sheet, number, header, value));
        return number;
    }

    public int lastRow(String sheet) {
        return workbook.getSheet(sheet).getLastRowNum() + 1;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /**
     * A workbook of {@code count} publishable new items of 市商务局 with codes {@code prefix-00001...}: each with a
     * material, a fee-free two-stage process (受理 at the service center's window, 审查 at 市商务局) and limits that fit.
     */
    public static byte[] generated(String prefix, int count) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet items = sheet(workbook, "事项", "事项编码", "事项名称", "事项类型", "牵头部门编码", "联办部门编码", "职能编码",
                    "法定时限单位", "法定时限天数", "承诺时限单位", "承诺时限天数", "黄灯预警天数", "进驻服务中心", "受理窗口", "网上申请",
                    "质量承诺", "态度承诺", "时限承诺", "主题", "申请条件", "设定依据");
            Sheet materials = sheet(workbook, "申请材料", "事项编码", "序号", "材料名称", "来源渠道", "材料形式", "份数", "是否必需",
                    "可容缺", "空白表格", "示范文本", "填写要求");
            sheet(workbook, "收费", "事项编码", "序号", "收费标准编码", "计费说明");
            Sheet process = sheet(workbook, "办理流程", "事项编码", "环节序号", "环节名称", "承办部门编码", "岗位编码", "时限（工作日）");
            int taskRow = 1;
            for (int i = 1; i <= count; i++) {
                String code = prefix + "-" + String.format("%05d", i);
                row(items, i, code, "批量导入测试事项" + i, "行政许可", "SWJ", "", "", "工作日", "20", "工作日", "5", "",
                        "是", "综合受理窗口", "否", "", "", "", "企业开办", "依法设立的企业",
                        "《中华人民共和国行政许可法》｜第十二条");
                row(materials, i, code, "1", "申请书", "申请人自备", "原件", "1", "是", "否", "", "", "");
                row(process, taskRow++, code, "1", "受理", "XZFWZX", "XZFWZX-ZHSL", "1");
                row(process, taskRow++, code, "2", "审查", "SWJ", "SWJ-CB", "3");
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(SXSSFWorkbook workbook, String name, String... headers) {
        Sheet sheet = workbook.createSheet(name);
        row(sheet, 0, headers);
        return sheet;
    }

    private static void row(Sheet sheet, int number, String... values) {
        Row row = sheet.createRow(number);
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }

    private static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (header.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("no column " + header + " in " + sheet.getSheetName());
    }

    private static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }
}
