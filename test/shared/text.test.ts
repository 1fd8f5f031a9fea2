import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText, compareVietnamese, foldVietnamese, toNfc } from '../../src/shared/text';

const nfd = (s: string) => s.normalize('NFD');

describe('foldVietnamese', () => {
  it('strips every tone and vowel mark and maps đ/Đ to d', () => {
    expect(foldVietnamese('Nguyễn Thị Đào')).toBe('nguyen thi dao');
    expect(foldVietnamese('Phạm Văn Đồng')).toBe('pham van dong');
    // The five tones on one vowel, plus ă â ê ô ơ ư.
    expect(foldVietnamese('a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ')).toBe(
      'a a a a a a a a a a a a a a a a a a',
    );
    expect(foldVietnamese('ÊỀẾỂỄỆ ÔỒỐỔỖỘ ƠỜỚỞỠỢ ƯỪỨỬỮỰ ÌÍỈĨỊ ỲÝỶỸỴ')).toBe(
      'eeeeee oooooo oooooo uuuuuu iiiii yyyyy',
    );
  });

  it('gives the same key for NFC and NFD input', () => {
    const name = 'Trần Thị Ngọc Hường';
    expect(foldVietnamese(nfd(name))).toBe(foldVietnamese(name));
    expect(foldVietnamese(nfd(name))).toBe('tran thi ngoc huong');
  });

  it('collapses and trims white space, including line breaks and no-break spaces', () => {
    expect(foldVietnamese('  Lê\u00a0 Văn\n\tTám  ')).toBe('le van tam');
  });

  it('is idempotent and leaves no marks, đ, upper case or doubled spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const key = foldVietnamese(s);
        expect(foldVietnamese(key)).toBe(key);
        expect(key).not.toMatch(/[\u0300-\u036f]|đ|Đ|\s\s|^\s|\s$/);
        expect(key).toBe(key.toLowerCase());
      }),
    );
  });

  it('is idempotent on Vietnamese-looking text', () => {
    const letters = [...'aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệAĂÂĐÊÔƠƯ ơờớởỡợưừứửữự \n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 30 }), (chars) => {
        const s = chars.join('');
        const key = foldVietnamese(s);
        expect(foldVietnamese(nfd(s))).toBe(key);
        expect(key).toMatch(/^[a-z ]*$/);
      }),
    );
  });
});

describe('toNfc and cleanText', () => {
  it('composes decomposed text', () => {
    const composed = 'Nữ';
    expect(nfd(composed)).not.toBe(composed);
    expect(toNfc(nfd(composed))).toBe(composed);
  });

  it('stores names and addresses as NFC with single inner spaces, trimmed', () => {
    expect(cleanText(nfd('  NGUYỄN   VĂN\nAN ')).length).toBe('NGUYỄN VĂN AN'.length);
    expect(cleanText(nfd('  NGUYỄN   VĂN\nAN '))).toBe('NGUYỄN VĂN AN');
    expect(cleanText('Thôn 3,\r\n  xã Tân Hòa')).toBe('Thôn 3, xã Tân Hòa');
  });
});

describe('compareVietnamese', () => {
  it('sorts in Vietnamese alphabetical order (Ă, Â after A; Đ after D)', () => {
    const names = ['Đức', 'Dung', 'Ân', 'Bình', 'Ăn', 'Anh', 'Ấn'];
    expect([...names].sort(compareVietnamese)).toEqual([
      'Anh',
      'Ăn',
      'Ân',
      'Ấn',
      'Bình',
      'Dung',
      'Đức',
    ]);
  });

  it('treats NFC and NFD spellings as equal', () => {
    expect(compareVietnamese('Hường', nfd('Hường'))).toBe(0);
  });
});
