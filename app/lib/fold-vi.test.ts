import { describe, expect, it } from 'vitest';
import { foldedWords, foldVi } from './fold-vi';

describe('folding Vietnamese for search', () => {
  it('removes diacritics and case, đ becomes d', () => {
    expect(foldVi('Cải cách THỦ TỤC hành chính')).toBe('cai cach thu tuc hanh chinh');
    expect(foldVi('Đường ĐĂNG KÝ đất đai')).toBe('duong dang ky dat dai');
    expect(foldVi('Ủy ban nhân dân huyện Tây Hòa')).toBe('uy ban nhan dan huyen tay hoa');
  });

  it('treats decomposed input (as typed on some keyboards) like composed', () => {
    const decomposed = 'Cải cách'.normalize('NFD');
    expect(decomposed).not.toBe('Cải cách');
    expect(foldVi(decomposed)).toBe('cai cach');
  });

  it('leaves digits, punctuation and other letters alone', () => {
    expect(foldVi('250/KH-UBND 1.858 (84,23%)')).toBe('250/kh-ubnd 1.858 (84,23%)');
  });

  it('splits the search box into folded words', () => {
    expect(foldedWords('  Cải   CÁCH  cải ')).toEqual(['cai', 'cach']);
    expect(foldedWords('')).toEqual([]);
    expect(foldedWords('a b c d e f g h i j')).toHaveLength(8);
  });
});
