import { describe, expect, it } from 'vitest';
import { aliasesIn } from './name-aliases';

describe('aliasesIn', () => {
	it('reads another name in parentheses, bare or marked', () => {
		expect(aliasesIn('Ibn Tarif', 'Ibn Tarif (Altarifus) wrote the Book of Stars.')).toEqual([
			'Altarifus'
		]);
		expect(aliasesIn('Ibn Tarif', 'Ibn Tarif (known in the West as Altarifus) wrote it.')).toEqual([
			'Altarifus'
		]);
		expect(aliasesIn('Ibn Tarif', 'Altarifus (Ibn Tarif) wrote the Book of Stars.')).toEqual([
			'Altarifus'
		]);
	});

	it('reads "also called" and "known as" after a comma, for a term too', () => {
		expect(
			aliasesIn('the gill slit', 'The gill slit, also called the branchial cleft, opens.')
		).toEqual(['branchial cleft']);
		expect(aliasesIn('Port Velm', 'Port Velm, known as the Grey Harbour, grew fast.')).toEqual([
			'Grey Harbour'
		]);
	});

	it('reads no year, no class in bare parentheses, and nothing not beside the name', () => {
		expect(aliasesIn('Anna Korvel', 'Anna Korvel (1850–1920) was a chemist.')).toEqual([]);
		expect(aliasesIn('enzymes', 'Enzymes (proteins) speed up reactions.')).toEqual([]);
		expect(
			aliasesIn('Ibn Tarif', 'Ibn Tarif wrote it. Altarifus (a star) was named later.')
		).toEqual([]);
	});
});
