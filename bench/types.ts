export type Report = (name: string, value: number, unit: string) => void;

export interface Bench {
	name: string;
	run(report: Report): Promise<void>;
}
