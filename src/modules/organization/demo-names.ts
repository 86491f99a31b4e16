/**
 * Name lists for the FICTIONAL demo staff. Given names and family/second names are combined at random, so
 * any resemblance to a real civil servant is a coincidence. Second names of Javanese and Sundanese women
 * differ from men's (-wati, -ningsih), while clan names (Batak, Minahasa, Maluku) are shared.
 */
export interface NameGroup {
  /** Cultural region the names come from. */
  region: string;
  maleGiven: readonly string[];
  femaleGiven: readonly string[];
  maleFamily: readonly string[];
  femaleFamily: readonly string[];
  /** Single-word names (common among older Javanese), used now and then instead of given + family. */
  maleMononyms?: readonly string[];
  femaleMononyms?: readonly string[];
}

/** Splits a comma-separated list written as a template literal (keeps the data compact and readable). */
function list(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

const JAWA: NameGroup = {
  region: 'jawa',
  maleGiven: list(`
    Agus, Bambang, Budi, Joko, Slamet, Sugeng, Teguh, Wahyu, Hadi, Eko, Dwi, Heru, Bayu, Adi, Hendro, Yudi,
    Rudi, Arif, Ahmad, Muhammad, Didik, Yoga, Aris, Bagus, Dimas, Fajar, Galih, Imam, Sigit, Wawan, Anton,
    Rahmat, Danang, Puji, Gatot, Kukuh, Nanang, Wisnu, Yusuf, Tri
  `),
  femaleGiven: list(`
    Sri, Dewi, Endang, Rina, Wulan, Ratna, Siti, Retno, Indah, Yuliana, Anik, Dian, Eni, Fitri, Heni, Ika,
    Lina, Nanik, Novi, Ratih, Rini, Sari, Umi, Yuni, Ani, Diah, Erna, Ayu, Tri, Nur, Kartika, Lestari, Wening,
    Galuh, Puspa
  `),
  maleFamily: list(`
    Santoso, Wibowo, Setiawan, Prasetyo, Nugroho, Susanto, Wijaya, Hartono, Kurniawan, Saputro, Purwanto,
    Widodo, Suryanto, Raharjo, Haryanto, Hidayat, Cahyono, Sulistyo, Pamungkas, Mulyono, Wicaksono, Handoko,
    Suprapto, Sutrisno, Kuncoro, Budiman, Priyanto, Gunawan, Hermawan, Darmawan, Yulianto, Sasongko, Wardhana,
    Utomo, Prabowo, Nugraha, Hariyadi, Sudarsono, Rahardjo, Setyawan
  `),
  femaleFamily: list(`
    Rahayu, Lestari, Wahyuni, Handayani, Susilowati, Purwaningsih, Kusumawati, Setyaningsih, Wulandari,
    Astuti, Sulistyowati, Pratiwi, Utami, Suryani, Maharani, Widyastuti, Yuliastuti, Kartikasari, Nurjanah,
    Rahmawati, Hapsari, Puspitasari, Anggraini, Fitriani, Mulyani, Kurniasari, Wijayanti, Setyowati, Ningrum,
    Prihatini, Sulistyaningsih, Rahmaningsih, Damayanti, Permatasari, Indriyani
  `),
  maleMononyms: list(`Suparno, Sugiyanto, Suwarno, Sukardi, Wagiman, Sarjono, Mulyadi, Sumardi, Paryanto`),
  femaleMononyms: list(`Sumarni, Sukarti, Suwarni, Sulastri, Sarmi, Parmi, Tumini, Wartini, Suyatmi`),
};

const SUNDA: NameGroup = {
  region: 'sunda',
  maleGiven: list(`
    Asep, Ujang, Dadang, Cecep, Dede, Ade, Iwan, Yayan, Dadan, Aceng, Encep, Ridwan, Rudi, Deden, Jajang,
    Opik, Engkus, Dudi, Rahmat, Agus, Ilham, Irfan
  `),
  femaleGiven: list(`
    Euis, Neneng, Imas, Iis, Yeni, Cucu, Lilis, Entin, Nunung, Elis, Rina, Dewi, Siti, Nia, Wida, Rika,
    Tintin, Yuyun, Ai, Santi
  `),
  maleFamily: list(`
    Saepudin, Hidayat, Supriatna, Sopandi, Suryana, Permana, Rusmana, Sudrajat, Gumilar, Kusnadi, Ruhiyat,
    Sumpena, Nugraha, Mulyana, Hermawan, Firmansyah, Setiadi, Wiguna
  `),
  femaleFamily: list(`
    Nurhayati, Kurniasih, Komalasari, Rahmawati, Sumiati, Herawati, Mulyani, Nurjanah, Sukmawati, Rosmiati,
    Juariah, Kartini, Rohaeni, Nuraeni, Kusmiati, Maryani
  `),
};

const BATAK: NameGroup = {
  region: 'batak',
  maleGiven: list(`Marulitua, Parlindungan, Hotman, Togar, Binsar, Sahat, Poltak, Jonner, Tigor, Bonar, Martua, Hasudungan`),
  femaleGiven: list(`Tiurma, Lasmaria, Dameria, Rotua, Hotnida, Roslina, Sondang, Rumondang, Nurmala, Tiominar, Masniari`),
  maleFamily: list(`
    Siregar, Nasution, Simanjuntak, Hutapea, Sitompul, Panjaitan, Situmorang, Sinaga, Hutagalung, Lubis,
    Harahap, Pardede, Manurung, Simatupang, Tambunan
  `),
  femaleFamily: list(`
    Siregar, Nasution, Simanjuntak, Hutapea, Sitompul, Panjaitan, Situmorang, Sinaga, Hutagalung, Lubis,
    Harahap, Pardede, Manurung, Simatupang, Tambunan
  `),
};

const MINANG: NameGroup = {
  region: 'minang',
  maleGiven: list(`Afrizal, Zulkifli, Yusrizal, Hendri, Syafrizal, Rizal, Irwan, Fauzi, Andri, Yulius, Defri, Erizal`),
  femaleGiven: list(`Yusnidar, Elvira, Fitri, Nurhasanah, Yenni, Desi, Rosmaniar, Yulia, Nofrita, Zurmaini, Elfi`),
  maleFamily: list(`Chaniago, Tanjung, Koto, Piliang, Sikumbang, Jambak, Effendi, Putra, Syahputra, Caniago`),
  femaleFamily: list(`Chaniago, Tanjung, Koto, Piliang, Sikumbang, Jambak, Yanti, Fitriani, Novita, Rahmi`),
};

const BUGIS: NameGroup = {
  region: 'bugis',
  maleGiven: list(`Andi, Syamsuddin, Baharuddin, Haerul, Arifuddin, Nasrullah, Amiruddin, Muhammad, Irwan, Hasbullah`),
  femaleGiven: list(`Hasnah, Hartina, Ramlah, Sitti, Asmawati, Nurlela, Haslinda, Andi Nurul, Hasnawati, Rosdiana`),
  maleFamily: list(`Rahman, Hamid, Kadir, Latief, Jamaluddin, Mansur, Tahir, Syam, Makmur, Said`),
  femaleFamily: list(`Rahman, Hamid, Kadir, Latief, Jamaluddin, Mansur, Tahir, Syam, Nur, Hasan`),
};

const MINAHASA: NameGroup = {
  region: 'minahasa',
  maleGiven: list(`Johanis, Ferdinand, Stevanus, Hendrik, Roy, Jefry, Frangky, Alfrets, Novry, Ronald`),
  femaleGiven: list(`Meiske, Olvie, Vonny, Jeane, Grace, Stevani, Marlyn, Deisy, Selvie, Inggrid`),
  maleFamily: list(`Pangemanan, Wowor, Rumengan, Sumual, Mandagi, Lumenta, Tumbelaka, Rondonuwu, Wenas, Kalalo`),
  femaleFamily: list(`Pangemanan, Wowor, Rumengan, Sumual, Mandagi, Lumenta, Tumbelaka, Rondonuwu, Wenas, Kalalo`),
};

const MALUKU: NameGroup = {
  region: 'maluku',
  maleGiven: list(`Yohanis, Marthen, Agustinus, Petrus, Semuel, Abraham, Christian, Daniel, Fredrik`),
  femaleGiven: list(`Yosina, Marlina, Helena, Sarlota, Welhelmina, Magdalena, Priska, Yuliana, Ester`),
  maleFamily: list(`Tuhumury, Sahetapy, Pattiasina, Leiwakabessy, Wattimena, Nanlohy, Sopacua, Manuputty, Latuheru`),
  femaleFamily: list(`Tuhumury, Sahetapy, Pattiasina, Leiwakabessy, Wattimena, Nanlohy, Sopacua, Manuputty, Latuheru`),
};

const BALI: NameGroup = {
  region: 'bali',
  maleGiven: list(`I Made, I Wayan, I Ketut, I Nyoman, I Gede, I Putu, I Komang, I Kadek`),
  femaleGiven: list(`Ni Made, Ni Luh, Ni Wayan, Ni Ketut, Ni Nyoman, Ni Putu, Ni Komang, Ni Kadek`),
  maleFamily: list(`Suardana, Wirawan, Adnyana, Sudarsana, Artawan, Sukadana, Mahendra, Suarjana, Widiana`),
  femaleFamily: list(`Ariani, Suartini, Yuliantari, Sukmawati, Sriani, Widiastuti, Purnamasari, Astiti, Juliantari`),
};

/** All name groups, used to give the demo staff the mix of origins a regency really has. */
export const NAME_GROUPS: readonly NameGroup[] = [JAWA, SUNDA, BATAK, MINANG, BUGIS, MINAHASA, MALUKU, BALI];

/** The name group most staff come from, by the first two digits (province) of the Kemendagri code. */
export const HOME_GROUP_BY_PROVINCE: Readonly<Record<string, string>> = {
  '12': 'batak',
  '13': 'minang',
  '32': 'sunda',
  '33': 'jawa',
  '34': 'jawa',
  '35': 'jawa',
  '36': 'sunda',
  '51': 'bali',
  '71': 'minahasa',
  '73': 'bugis',
  '81': 'maluku',
};

/** Name particles skipped when making an e-mail address (`I Made Suardana` → `made.suardana`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['i', 'ni', 'andi']);
